package org.shopdb.plugins.network.internal.port;

/**
 * A VLAN a device carries.
 *
 * @param vlanId the 802.1Q id, 1 to 4094
 * @param name   its name on the device, e.g. {@code shopfloor}; may be empty
 */
public record Vlan(int vlanId, String name) {
}
