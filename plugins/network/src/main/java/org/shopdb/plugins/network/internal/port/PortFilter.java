package org.shopdb.plugins.network.internal.port;

/**
 * Filters of a device's port list; {@code null} means "any".
 *
 * @param linked whether the port is linked to a known asset
 * @param vlanId the port's VLAN
 * @param status {@code up}, {@code down}, {@code disabled} or {@code gone}
 */
public record PortFilter(Boolean linked, Integer vlanId, String status) {

    public static final PortFilter ANY = new PortFilter(null, null, null);
}
