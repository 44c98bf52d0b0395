package org.shopdb.plugins.network.internal;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

import org.shopdb.api.family.FamilyRow;
import org.shopdb.api.family.Times;

/** A row of {@code networkdevices}: the network part of an asset, keyed by its {@code assetid}. */
@Entity
@Table(name = NetworkDeviceFamily.TABLE)
public class NetworkDeviceEntity implements FamilyRow<NetworkDeviceFields> {

    @Id
    @Column(name = "assetid")
    private Long assetId;

    @Column(name = "devicekind", nullable = false)
    private String deviceKind;

    @Column(name = "vendor")
    private String vendor;

    @Column(name = "model")
    private String model;

    @Column(name = "firmware")
    private String firmware;

    @Column(name = "closetid")
    private Long closetId;

    /** Moved by the collector only ({@link org.shopdb.api.family.FamilyStore#touch}), so a discovery run never bumps {@link #version}. */
    @Column(name = "lastseen", insertable = false, updatable = false)
    private LocalDateTime lastSeen;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected NetworkDeviceEntity() {
    }

    public NetworkDeviceEntity(long assetId, NetworkDeviceFields fields) {
        this.assetId = assetId;
        apply(fields);
    }

    @Override
    public final void apply(NetworkDeviceFields fields) {
        deviceKind = fields.deviceKind();
        vendor = fields.vendor();
        model = fields.model();
        firmware = fields.firmware();
        closetId = fields.closetId();
    }

    @Override
    public NetworkDeviceFields fields() {
        return new NetworkDeviceFields(deviceKind, vendor, model, firmware, closetId, Times.fromColumn(lastSeen));
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
