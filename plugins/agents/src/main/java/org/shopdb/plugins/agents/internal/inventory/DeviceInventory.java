package org.shopdb.plugins.agents.internal.inventory;

import java.util.List;

/**
 * A network device or printer as an agent read it over SNMP (FusionInventory NetInventory task,
 * GLPI Agent netinventory): the neutral model both protocols are read into.
 *
 * @param agent      the agent's name and version, when it says
 * @param ips        the device's addresses as listed (IPv4 and IPv6), in the agent's order
 * @param macAddress the device's base MAC, {@code AA:BB:CC:DD:EE:FF}, or {@code null}
 * @param ports      the device's interfaces in interface order; empty when the agent listed none
 * @param cartridges the supplies as the agent names them; {@code null} when the inventory has no cartridges section
 * @param pageCount  the page counter ({@code pagecounters.total}), or {@code null}
 */
public record DeviceInventory(String deviceId, DeviceKind kind, String agent, String name, String description, String manufacturer,
        String model, String firmware, String serialNumber, String macAddress, List<String> ips, List<DevicePort> ports,
        List<Cartridge> cartridges, Long pageCount) {

    public DeviceInventory {
        ips = List.copyOf(ips);
        ports = List.copyOf(ports);
        cartridges = cartridges == null ? null : List.copyOf(cartridges);
    }

    /**
     * One supply level as the agent reports it: the FusionInventory name ({@code TONERBLACK},
     * {@code WASTETONER}, {@code DRUMCYAN}, {@code MAINTENANCEKIT}, …) and its value: a percentage,
     * {@code OK} or {@code WARNING} (the printer does not know the level), or an amount with a unit
     * ({@code 120sheets}, {@code 45ml}).
     */
    public record Cartridge(String name, String value) {
    }
}
