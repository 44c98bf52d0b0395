package org.shopdb.core.internal.reference;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

import org.shopdb.api.reference.BusinessUnit;

@Entity
@Table(name = "businessunits")
public class BusinessUnitEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "businessunitid")
    private Long id;

    @Column(name = "code", nullable = false, length = 50)
    private String code;

    @Column(name = "name", nullable = false, length = 100)
    private String name;

    @Column(name = "isactive", nullable = false)
    private boolean active = true;

    protected BusinessUnitEntity() {
    }

    BusinessUnitEntity(String code, String name) {
        this.code = code;
        this.name = name;
    }

    BusinessUnit toDto() {
        return new BusinessUnit(id, code, name, active);
    }
}
