package org.shopdb.plugins.agents.internal.inventory;

/**
 * One IPv4 address of a network interface.
 *
 * @param macAddress {@code AA:BB:CC:DD:EE:FF}, or {@code null}
 * @param virtual    on an interface the agent marks virtual (bridges, container networks)
 * @param gateway    the interface has a default gateway: the likeliest primary address
 */
public record DiscoveredAddress(String interfaceName, String ipAddress, String macAddress, boolean virtual, boolean gateway) {
}
