package org.shopdb.core.internal.address;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

import org.shopdb.api.asset.NetworkAddress;

@Entity
@Table(name = "networkaddresses")
public class NetworkAddressEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "addressid")
    private Long id;

    @Column(name = "assetid", nullable = false)
    private long assetId;

    @Column(name = "ipaddress", length = 45)
    private String ipAddress;

    @Column(name = "macaddress", length = 17)
    private String macAddress;

    @Column(name = "hostname", length = 255)
    private String hostname;

    @Column(name = "isprimary", nullable = false)
    private boolean primary;

    @Column(name = "createddate", nullable = false)
    private LocalDateTime createdDate;

    protected NetworkAddressEntity() {
    }

    NetworkAddressEntity(long assetId, String ipAddress, String macAddress, String hostname, boolean primary, LocalDateTime now) {
        this.assetId = assetId;
        this.ipAddress = ipAddress;
        this.macAddress = macAddress;
        this.hostname = hostname;
        this.primary = primary;
        this.createdDate = now;
    }

    void demote() {
        primary = false;
    }

    NetworkAddress toDto() {
        return new NetworkAddress(id, assetId, ipAddress, macAddress, hostname, primary);
    }
}
