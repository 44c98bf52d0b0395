package org.shopdb.plugins.cameras.internal;

import java.time.LocalDateTime;
import java.util.Map;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

import org.shopdb.api.asset.Asset;

/**
 * Read-only view of the platform's {@code assets} table, which {@code cameras} extends, so that
 * a page of cameras is one query rather than one asset lookup per camera. Never written here:
 * assets are written through {@link org.shopdb.api.asset.AssetService} only.
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

    @Column(name = "assettypeid", insertable = false, updatable = false)
    private Long typeId;

    @Column(name = "statusid", insertable = false, updatable = false)
    private Long statusId;

    @Column(name = "locationid", insertable = false, updatable = false)
    private Long locationId;

    @Column(name = "businessunitid", insertable = false, updatable = false)
    private Long businessUnitId;

    @Column(name = "serialnumber", insertable = false, updatable = false)
    private String serialNumber;

    @Column(name = "notes", insertable = false, updatable = false)
    private String notes;

    @Column(name = "isactive", insertable = false, updatable = false)
    private boolean active;

    @Column(name = "createddate", insertable = false, updatable = false)
    private LocalDateTime createdDate;

    @Column(name = "modifieddate", insertable = false, updatable = false)
    private LocalDateTime modifiedDate;

    @Column(name = "version", insertable = false, updatable = false)
    private long version;

    protected AssetView() {
    }

    /** The asset as {@link org.shopdb.api.asset.AssetService} would hand it out, given the codes of the type and status ids. */
    Asset toAsset(Map<Long, String> typeCodes, Map<Long, String> statusCodes) {
        return new Asset(assetId, assetNumber, name, typeCodes.get(typeId), statusCodes.get(statusId), locationId, businessUnitId,
                serialNumber, notes, active, Times.fromColumn(createdDate), Times.fromColumn(modifiedDate), version);
    }
}
