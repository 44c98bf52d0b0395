package org.shopdb.core.internal.reference;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

@Entity
@Table(name = "businessunits")
public class BusinessUnitEntity {

    @Id
    @Column(name = "businessunitid")
    private Long id;

    @Column(name = "code", nullable = false, length = 50)
    private String code;

    @Column(name = "name", nullable = false, length = 100)
    private String name;

    protected BusinessUnitEntity() {
    }
}
