package org.shopdb.plugins.agents.internal.ingest;

import java.time.LocalDateTime;
import java.time.ZoneOffset;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** A row of {@code agents}, read only: rows are written with counters in SQL ({@link AgentRepository}). */
@Entity
@Table(name = "agents")
public class AgentEntity {

    @Id
    @Column(name = "agentid")
    private long agentId;
    @Column(name = "deviceid")
    private String deviceId;
    @Column(name = "protocol")
    private String protocol;
    @Column(name = "agentversion")
    private String agentVersion;
    @Column(name = "hostname")
    private String hostname;
    @Column(name = "hardwareuuid")
    private String hardwareUuid;
    @Column(name = "serialnumber")
    private String serialNumber;
    @Column(name = "assetid")
    private Long assetId;
    @Column(name = "remoteaddress")
    private String remoteAddress;
    @Column(name = "firstcontact")
    private LocalDateTime firstContact;
    @Column(name = "lastcontact")
    private LocalDateTime lastContact;
    @Column(name = "lastinventory")
    private LocalDateTime lastInventory;
    @Column(name = "lastresult")
    private String lastResult;
    @Column(name = "lasterror")
    private String lastError;
    @Column(name = "inventories")
    private long inventories;
    @Column(name = "failures")
    private long failures;
    @Column(name = "softwarecount")
    private Integer softwareCount;
    @Column(name = "addresscount")
    private Integer addressCount;

    protected AgentEntity() {
        // for JPA
    }

    Agent toAgent() {
        return new Agent(agentId, deviceId, protocol, agentVersion, hostname, hardwareUuid, serialNumber, assetId, remoteAddress,
                instant(firstContact), instant(lastContact), instant(lastInventory), lastResult, lastError, inventories, failures,
                softwareCount, addressCount);
    }

    private static java.time.Instant instant(LocalDateTime column) {
        return column == null ? null : column.toInstant(ZoneOffset.UTC);
    }
}
