package org.shopdb.itests.collector.internal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** The plugin's row of an asset: {@code probedevices}, keyed by {@code assetid}. */
@Entity
@Table(name = "probedevices")
public class ProbeDeviceEntity {

    @Id
    @Column(name = "assetid")
    private Long assetId;

    @Column(name = "serial", nullable = false, length = 40)
    private String serial;

    @Column(name = "firmware", length = 50)
    private String firmware;

    protected ProbeDeviceEntity() {
    }

    ProbeDeviceEntity(long assetId, String serial, String firmware) {
        this.assetId = assetId;
        this.serial = serial;
        this.firmware = firmware;
    }

    long assetId() {
        return assetId;
    }

    String firmware() {
        return firmware;
    }

    void firmware(String firmware) {
        this.firmware = firmware;
    }
}
