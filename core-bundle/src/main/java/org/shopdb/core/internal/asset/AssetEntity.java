package org.shopdb.core.internal.asset;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.ManyToOne;
import javax.persistence.Table;
import javax.persistence.Version;

import org.shopdb.api.asset.Asset;
import org.shopdb.core.internal.persistence.CorePersistence;

@Entity
@Table(name = "assets")
public class AssetEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "assetid")
    private Long id;

    @Column(name = "assetnumber", nullable = false, length = 50)
    private String assetNumber;

    @Column(name = "name", nullable = false, length = 255)
    private String name;

    @ManyToOne(optional = false)
    @JoinColumn(name = "assettypeid")
    private AssetTypeEntity type;

    @ManyToOne(optional = false)
    @JoinColumn(name = "statusid")
    private AssetStatusEntity status;

    @Column(name = "locationid")
    private Long locationId;

    @Column(name = "businessunitid")
    private Long businessUnitId;

    @Column(name = "serialnumber", length = 100)
    private String serialNumber;

    @Column(name = "notes")
    private String notes;

    @Column(name = "isactive", nullable = false)
    private boolean active = true;

    @Column(name = "createddate", nullable = false)
    private LocalDateTime createdDate;

    @Column(name = "modifieddate", nullable = false)
    private LocalDateTime modifiedDate;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected AssetEntity() {
    }

    AssetEntity(String assetNumber, String name, AssetTypeEntity type, AssetStatusEntity status, LocalDateTime now) {
        this.assetNumber = assetNumber;
        this.name = name;
        this.type = type;
        this.status = status;
        this.createdDate = now;
        this.modifiedDate = now;
    }

    Long id() {
        return id;
    }

    long version() {
        return version;
    }

    void identify(String assetNumber, String name) {
        this.assetNumber = assetNumber;
        this.name = name;
    }

    void classify(AssetTypeEntity type, AssetStatusEntity status) {
        this.type = type;
        this.status = status;
    }

    void activate(boolean active) {
        this.active = active;
    }

    void touch(LocalDateTime now) {
        this.modifiedDate = now;
    }

    void place(Long locationId, Long businessUnitId) {
        this.locationId = locationId;
        this.businessUnitId = businessUnitId;
    }

    void describe(String serialNumber, String notes) {
        this.serialNumber = serialNumber;
        this.notes = notes;
    }

    Asset toDto() {
        return new Asset(id, assetNumber, name, type.code(), status.code(), locationId, businessUnitId,
                serialNumber, notes, active, CorePersistence.fromColumn(createdDate),
                CorePersistence.fromColumn(modifiedDate), version);
    }
}
