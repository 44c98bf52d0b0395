package org.shopdb.plugins.computers.internal;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

import org.shopdb.api.family.FamilyRow;
import org.shopdb.api.family.Times;

/** A row of {@value ComputerFamily#TABLE}: the PC-specific part of an asset, keyed by its {@code assetid}. */
@Entity
@Table(name = ComputerFamily.TABLE)
public class ComputerEntity implements FamilyRow<ComputerFields> {

    @Id
    @Column(name = "assetid")
    private Long assetId;

    @Column(name = "hostname", nullable = false)
    private String hostname;

    @Column(name = "hardwareuuid")
    private String hardwareUuid;

    @Column(name = "role")
    private String role;

    @Column(name = "osname")
    private String osName;

    @Column(name = "osversion")
    private String osVersion;

    @Column(name = "osbuild")
    private String osBuild;

    @Column(name = "domain")
    private String domain;

    @Column(name = "manufacturer")
    private String manufacturer;

    @Column(name = "model")
    private String model;

    @Column(name = "cpu")
    private String cpu;

    @Column(name = "cpucores")
    private Integer cpuCores;

    @Column(name = "memorymb")
    private Integer memoryMb;

    @Column(name = "diskgb")
    private Integer diskGb;

    @Column(name = "lastuser")
    private String lastUser;

    @Column(name = "lastboot")
    private LocalDateTime lastBoot;

    /** Moved by collectors only ({@link org.shopdb.api.family.FamilyStore#touch}), so an inventory never bumps {@link #version}. */
    @Column(name = "lastinventory", insertable = false, updatable = false)
    private LocalDateTime lastInventory;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected ComputerEntity() {
    }

    public ComputerEntity(long assetId, ComputerFields fields) {
        this.assetId = assetId;
        apply(fields);
    }

    @Override
    public final void apply(ComputerFields fields) {
        hostname = fields.hostname();
        hardwareUuid = fields.hardwareUuid();
        role = fields.role();
        osName = fields.osName();
        osVersion = fields.osVersion();
        osBuild = fields.osBuild();
        domain = fields.domain();
        manufacturer = fields.manufacturer();
        model = fields.model();
        cpu = fields.cpu();
        cpuCores = fields.cpuCores();
        memoryMb = fields.memoryMb();
        diskGb = fields.diskGb();
        lastUser = fields.lastUser();
        lastBoot = Times.toColumn(fields.lastBoot());
    }

    @Override
    public ComputerFields fields() {
        return new ComputerFields(hostname, hardwareUuid, role, osName, osVersion, osBuild, domain, manufacturer, model, cpu, cpuCores,
                memoryMb, diskGb, lastUser, Times.fromColumn(lastBoot), Times.fromColumn(lastInventory));
    }

    @Override
    public long assetId() {
        return assetId;
    }

    @Override
    public long version() {
        return version;
    }
}
