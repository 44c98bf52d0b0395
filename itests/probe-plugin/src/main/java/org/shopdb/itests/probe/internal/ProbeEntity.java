package org.shopdb.itests.probe.internal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

@Entity
@Table(name = "probes")
public class ProbeEntity {

    @Id
    @Column(name = "assetid")
    private Long assetId;

    @Column(name = "probevalue", length = 100)
    private String value;

    protected ProbeEntity() {
    }

    ProbeEntity(long assetId, String value) {
        this.assetId = assetId;
        this.value = value;
    }

    long assetId() {
        return assetId;
    }

    String value() {
        return value;
    }
}
