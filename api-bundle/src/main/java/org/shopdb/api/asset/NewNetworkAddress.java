package org.shopdb.api.asset;

/** An address to add to an asset; MAC addresses may use any common notation. */
public record NewNetworkAddress(String ipAddress, String macAddress, String hostname, boolean primary) {
}
