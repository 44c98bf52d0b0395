package org.shopdb.core.internal.asset;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

import org.shopdb.api.asset.AssetType;

@Entity
@Table(name = "assettypes")
public class AssetTypeEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "assettypeid")
    private Long id;

    @Column(name = "code", nullable = false, length = 50)
    private String code;

    @Column(name = "name", nullable = false, length = 100)
    private String name;

    @Column(name = "owner", nullable = false, length = 100)
    private String owner;

    @Column(name = "isactive", nullable = false)
    private boolean active = true;

    protected AssetTypeEntity() {
    }

    AssetTypeEntity(String code, String name, String owner) {
        this.code = code;
        this.name = name;
        this.owner = owner;
    }

    Long id() {
        return id;
    }

    String code() {
        return code;
    }

    AssetType toDto() {
        return new AssetType(id, code, name, owner, active);
    }
}
