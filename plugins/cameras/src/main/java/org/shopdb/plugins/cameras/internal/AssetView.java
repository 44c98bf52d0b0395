package org.shopdb.plugins.cameras.internal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/**
 * Read-only view of the platform's {@code assets} table, which {@code cameras} extends: just
 * the columns camera lists filter and sort by, so one query can page cameras. Never written
 * here; assets are written through {@link org.shopdb.api.asset.AssetService} only.
 */
@Entity
@Table(name = "assets")
public class AssetView {

    @Id
    @Column(name = "assetid")
    private Long assetId;

    @Column(name = "assetnumber", insertable = false, updatable = false)
    private String assetNumber;

    @Column(name = "name", insertable = false, updatable = false)
    private String name;

    @Column(name = "statusid", insertable = false, updatable = false)
    private Long statusId;

    @Column(name = "locationid", insertable = false, updatable = false)
    private Long locationId;

    protected AssetView() {
    }
}
