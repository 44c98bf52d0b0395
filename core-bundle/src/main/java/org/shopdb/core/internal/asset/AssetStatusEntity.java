package org.shopdb.core.internal.asset;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

import org.shopdb.api.reference.AssetStatus;

@Entity
@Table(name = "assetstatuses")
public class AssetStatusEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "statusid")
    private Long id;

    @Column(name = "code", nullable = false, length = 50)
    private String code;

    @Column(name = "name", nullable = false, length = 100)
    private String name;

    @Column(name = "sortorder", nullable = false)
    private int sortOrder;

    protected AssetStatusEntity() {
    }

    public AssetStatusEntity(String code, String name, int sortOrder) {
        this.code = code;
        this.name = name;
        this.sortOrder = sortOrder;
    }

    String code() {
        return code;
    }

    public AssetStatus toDto() {
        return new AssetStatus(id, code, name, sortOrder);
    }
}
