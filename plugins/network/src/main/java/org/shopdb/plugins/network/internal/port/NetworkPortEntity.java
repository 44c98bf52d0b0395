package org.shopdb.plugins.network.internal.port;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

import org.shopdb.api.family.Times;

/**
 * A row of {@code networkports}: one port of a network device (its {@code assetid}), as the
 * discovery collector last reported it, and the asset plugged into it when its MAC is known.
 */
@Entity
@Table(name = "networkports")
public class NetworkPortEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "networkportid")
    private Long networkPortId;

    @Column(name = "assetid", nullable = false)
    private long assetId;

    @Column(name = "portname", nullable = false)
    private String portName;

    @Column(name = "description")
    private String description;

    @Column(name = "vlanid")
    private Integer vlanId;

    @Column(name = "speedmbps")
    private Integer speedMbps;

    @Column(name = "status", nullable = false)
    private String status;

    @Column(name = "connectedmac")
    private String connectedMac;

    @Column(name = "neighbourname")
    private String neighbourName;

    @Column(name = "neighbourport")
    private String neighbourPort;

    @Column(name = "linkedassetid")
    private Long linkedAssetId;

    @Column(name = "lastseen")
    private LocalDateTime lastSeen;

    protected NetworkPortEntity() {
    }

    NetworkPortEntity(long assetId, PortState state, Long linkedAssetId) {
        this.assetId = assetId;
        this.portName = state.portName();
        apply(state, linkedAssetId);
    }

    final void apply(PortState state, Long linked) {
        description = state.description();
        vlanId = state.vlanId();
        speedMbps = state.speedMbps();
        status = state.status();
        connectedMac = state.connectedMac();
        neighbourName = state.neighbourName();
        neighbourPort = state.neighbourPort();
        linkedAssetId = linked;
    }

    void seen(java.time.Instant at) {
        lastSeen = Times.toColumn(at);
    }

    Long networkPortId() {
        return networkPortId;
    }

    long assetId() {
        return assetId;
    }

    /** What the port is, as a report says it (the audited fields). */
    PortState state() {
        return new PortState(portName, description, vlanId, speedMbps, status, connectedMac, neighbourName, neighbourPort);
    }

    Long linkedAssetId() {
        return linkedAssetId;
    }

    NetworkPort view(String linkedAssetNumber) {
        return new NetworkPort(networkPortId, assetId, state(), linkedAssetId, linkedAssetNumber, Times.fromColumn(lastSeen));
    }
}
