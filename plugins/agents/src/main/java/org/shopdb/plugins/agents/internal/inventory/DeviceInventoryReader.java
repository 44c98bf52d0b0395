package org.shopdb.plugins.agents.internal.inventory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.shopdb.plugins.agents.internal.inventory.DeviceInventory.Cartridge;
import org.shopdb.plugins.agents.internal.inventory.DevicePort.Vlan;

import tools.jackson.databind.JsonNode;

/**
 * Reads a network device or printer inventory in the GLPI inventory format's shape
 * ({@code network_device}, {@code network_ports}, {@code cartridges}, {@code pagecounters};
 * FusionInventory's {@code DEVICE} is brought into that shape by {@link OcsDevices}) into the
 * neutral {@link DeviceInventory}. What is mapped where is listed in docs/AGENTS.md.
 */
public final class DeviceInventoryReader {

    private static final Pattern MAC = Pattern.compile("[0-9A-Fa-f]{1,2}([:-][0-9A-Fa-f]{1,2}){5}");
    private static final String NO_MAC = "00:00:00:00:00:00";
    private static final int MAX_VLAN = 4094;

    private DeviceInventoryReader() {
    }

    public static DeviceInventory read(String deviceId, DeviceKind kind, JsonNode content) {
        JsonNode device = Nodes.first(content.get("network_device"));
        List<String> ips = new ArrayList<>();
        if (device != null && device.get("ips") != null) {
            device.get("ips").forEach(ip -> {
                if (ip.isString() && !ip.stringValue().isBlank()) {
                    ips.add(ip.stringValue().trim());
                }
            });
        }
        return new DeviceInventory(deviceId, kind, Nodes.text(content, "versionclient"), Nodes.text(device, "name"),
                Nodes.text(device, "description"), Nodes.text(device, "manufacturer"), Nodes.text(device, "model"),
                Nodes.text(device, "firmware"), Placeholders.serial(Nodes.text(device, "serial")), mac(Nodes.text(device, "mac")), ips,
                ports(content.get("network_ports")), content.has("cartridges") ? cartridges(content.get("cartridges")) : null,
                pageCount(Nodes.first(content.get("pagecounters"))));
    }

    private static List<DevicePort> ports(JsonNode section) {
        List<DevicePort> ports = new ArrayList<>();
        for (JsonNode port : Nodes.list(section)) {
            String name = Nodes.text(port, "ifname", "ifdescr");
            if (name == null) {
                continue;
            }
            List<String> macs = new ArrayList<>();
            String neighbourName = null;
            String neighbourPort = null;
            for (JsonNode connection : Nodes.list(port.get("connections"))) {
                if (isNeighbour(connection)) {
                    if (neighbourName == null) {
                        String sysName = Nodes.text(connection, "sysname");
                        neighbourName = sysName != null ? sysName : mac(Nodes.text(connection, "sysmac"));
                        neighbourPort = Nodes.text(connection, "ifdescr", "ifnumber");
                    }
                } else {
                    String mac = mac(Nodes.text(connection, "mac"));
                    if (mac != null && !macs.contains(mac)) {
                        macs.add(mac);
                    }
                }
            }
            ports.add(new DevicePort(name, Nodes.text(port, "ifalias"), mac(Nodes.text(port, "mac")), Nodes.number(port, "iftype"), Nodes.number(port, "ifstatus"),
                    Nodes.number(port, "ifinternalstatus"), Nodes.number(port, "ifspeed"), Nodes.flag(port, "trunk"),
                    vlans(port.get("vlans")), macs, neighbourName, neighbourPort));
        }
        return ports;
    }

    /** An LLDP/CDP/EDP neighbour names itself; an entry of the MAC table carries only the MAC. */
    private static boolean isNeighbour(JsonNode connection) {
        return Nodes.text(connection, "sysname") != null || Nodes.text(connection, "sysmac") != null
                || Nodes.text(connection, "sysdescr") != null;
    }

    private static List<Vlan> vlans(JsonNode section) {
        Map<Integer, Vlan> vlans = new LinkedHashMap<>();
        for (JsonNode vlan : Nodes.list(section)) {
            Long id = Nodes.number(vlan, "id");
            if (id != null && id >= 1 && id <= MAX_VLAN) {
                vlans.putIfAbsent(id.intValue(), new Vlan(id.intValue(), Nodes.text(vlan, "name")));
            }
        }
        return List.copyOf(vlans.values());
    }

    /** Each field of the section's objects is one supply: {@code {"tonerblack": "71", "wastetoner": "OK"}}. */
    private static List<Cartridge> cartridges(JsonNode section) {
        Map<String, Cartridge> cartridges = new LinkedHashMap<>();
        for (JsonNode entry : Nodes.list(section)) {
            for (String field : entry.propertyNames()) {
                String value = Nodes.text(entry, field);
                if (value != null) {
                    String name = field.trim().toUpperCase(Locale.ROOT);
                    cartridges.putIfAbsent(name, new Cartridge(name, value));
                }
            }
        }
        return List.copyOf(cartridges.values());
    }

    private static Long pageCount(JsonNode counters) {
        Long total = Nodes.number(counters, "total");
        Long count = total != null ? total : Nodes.number(counters, "printtotal");
        return count != null && count >= 0 ? count : null;
    }

    /** {@code AA:BB:CC:DD:EE:FF}; single hex digits (as some devices print them) padded; {@code null} for none or all zeros. */
    static String mac(String raw) {
        if (raw == null || !MAC.matcher(raw.trim()).matches()) {
            return null;
        }
        StringBuilder mac = new StringBuilder();
        for (String part : raw.trim().split("[:-]")) {
            mac.append(mac.length() > 0 ? ":" : "").append(part.length() == 1 ? "0" + part : part);
        }
        String canonical = mac.toString().toUpperCase(Locale.ROOT);
        return NO_MAC.equals(canonical) ? null : canonical;
    }
}
