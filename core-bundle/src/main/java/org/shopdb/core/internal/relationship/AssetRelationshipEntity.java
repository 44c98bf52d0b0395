package org.shopdb.core.internal.relationship;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

import org.shopdb.api.asset.AssetRelationship;

@Entity
@Table(name = "assetrelationships")
public class AssetRelationshipEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "relationshipid")
    private Long id;

    @Column(name = "fromassetid", nullable = false)
    private long fromAssetId;

    @Column(name = "toassetid", nullable = false)
    private long toAssetId;

    @Column(name = "relationshiptype", nullable = false, length = 30)
    private String type;

    @Column(name = "createddate", nullable = false)
    private LocalDateTime createdDate;

    protected AssetRelationshipEntity() {
    }

    AssetRelationshipEntity(long fromAssetId, long toAssetId, String type, LocalDateTime now) {
        this.fromAssetId = fromAssetId;
        this.toAssetId = toAssetId;
        this.type = type;
        this.createdDate = now;
    }

    AssetRelationship toDto() {
        return new AssetRelationship(id, fromAssetId, toAssetId, type);
    }
}
