package org.shopdb.core.internal.asset;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

@Entity
@Table(name = "assetstatuses")
public class AssetStatusEntity {

    @Id
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

    String code() {
        return code;
    }
}
