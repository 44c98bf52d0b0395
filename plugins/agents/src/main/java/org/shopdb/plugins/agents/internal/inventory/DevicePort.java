package org.shopdb.plugins.agents.internal.inventory;

import java.util.List;

/**
 * One interface of a network device as the agent read it (IF-MIB, BRIDGE-MIB, LLDP/CDP).
 *
 * @param name          {@code ifName}, else {@code ifDescr}
 * @param alias         {@code ifAlias}: the description set on the device
 * @param macAddress    the interface's own MAC ({@code ifPhysAddress}), or {@code null}
 * @param ifType        IANA ifType (6 ethernetCsmacd, 53 propVirtual, 24 softwareLoopback, …), or {@code null}
 * @param operStatus    {@code ifOperStatus} (1 up, 2 down, …), or {@code null}
 * @param adminStatus   {@code ifAdminStatus} (1 up, 2 down), or {@code null}
 * @param speedBps      {@code ifSpeed} in bit/s, or {@code null}
 * @param macs          the MACs learned on the port (bridge forwarding table), {@code AA:BB:CC:DD:EE:FF}
 * @param neighbourName the LLDP/CDP neighbour's system name (its chassis MAC when it gives no name), or {@code null}
 * @param neighbourPort the neighbour's port (description, else id), or {@code null}
 */
public record DevicePort(String name, String alias, String macAddress, Long ifType, Long operStatus, Long adminStatus, Long speedBps, boolean trunk,
        List<Vlan> vlans, List<String> macs, String neighbourName, String neighbourPort) {

    public DevicePort {
        vlans = List.copyOf(vlans);
        macs = List.copyOf(macs);
    }

    /** A VLAN the port is a member of. */
    public record Vlan(int id, String name) {
    }
}
