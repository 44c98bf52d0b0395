package org.shopdb.api.asset;

/**
 * How an asset is reached on the network. At least one of IP, MAC or hostname is set; MAC
 * addresses are stored as {@code AA:BB:CC:DD:EE:FF}, hostnames in lower case.
 */
public record NetworkAddress(long addressId, long assetId, String ipAddress, String macAddress, String hostname,
        boolean primary) {
}
