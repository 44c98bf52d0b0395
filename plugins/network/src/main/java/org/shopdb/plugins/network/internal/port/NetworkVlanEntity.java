package org.shopdb.plugins.network.internal.port;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

/** A row of {@code networkvlans}: a VLAN a network device carries (its {@code assetid}), as last reported. */
@Entity
@Table(name = "networkvlans")
public class NetworkVlanEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "networkvlanid")
    private Long networkVlanId;

    @Column(name = "assetid", nullable = false)
    private long assetId;

    @Column(name = "vlanid", nullable = false)
    private int vlanId;

    @Column(name = "name")
    private String name;

    protected NetworkVlanEntity() {
    }

    NetworkVlanEntity(long assetId, Vlan vlan) {
        this.assetId = assetId;
        this.vlanId = vlan.vlanId();
        this.name = vlan.name();
    }

    Long networkVlanId() {
        return networkVlanId;
    }

    Vlan vlan() {
        return new Vlan(vlanId, name);
    }

    void rename(String newName) {
        name = newName;
    }
}
