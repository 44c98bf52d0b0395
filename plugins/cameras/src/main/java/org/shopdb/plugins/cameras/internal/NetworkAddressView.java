package org.shopdb.plugins.cameras.internal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

import org.shopdb.api.asset.NetworkAddress;

/**
 * Read-only view of the platform's {@code networkaddresses}: a page's addresses in one query,
 * and the camera holding a MAC address (the collector's natural key). Written through
 * {@link org.shopdb.api.asset.NetworkAddressService} only.
 */
@Entity
@Table(name = "networkaddresses")
public class NetworkAddressView {

    @Id
    @Column(name = "addressid")
    private Long addressId;

    @Column(name = "assetid", insertable = false, updatable = false)
    private Long assetId;

    @Column(name = "ipaddress", insertable = false, updatable = false)
    private String ipAddress;

    @Column(name = "macaddress", insertable = false, updatable = false)
    private String macAddress;

    @Column(name = "hostname", insertable = false, updatable = false)
    private String hostname;

    @Column(name = "isprimary", insertable = false, updatable = false)
    private boolean primary;

    protected NetworkAddressView() {
    }

    NetworkAddress toDto() {
        return new NetworkAddress(addressId, assetId, ipAddress, macAddress, hostname, primary);
    }
}
