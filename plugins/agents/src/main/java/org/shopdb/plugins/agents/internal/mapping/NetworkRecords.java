package org.shopdb.plugins.agents.internal.mapping;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.shopdb.plugins.agents.internal.inventory.DeviceInventory;
import org.shopdb.plugins.agents.internal.inventory.DevicePort;
import org.shopdb.plugins.agents.internal.inventory.DevicePort.Vlan;

/**
 * A network device inventory as a record of the {@code network} collector
 * (plugins/network/src/main/resources/schema/network-collector.json): the device's identity
 * (management IP, base MAC, serial number: the network plugin finds the device by them), what it
 * is and runs, its VLANs, and its switch ports with the MAC learned and the LLDP/CDP neighbour
 * seen on each. Values the inventory does not give are left out, so the stored ones stay.
 */
public final class NetworkRecords {

    /**
     * Interfaces that are ports a cable plugs into (IANA ifType): ethernetCsmacd, iso88023Csmacd,
     * fastEther, fastEtherFX, ieee80211, gigabitEthernet, ieee8023adLag. Loopbacks, VLAN
     * interfaces, tunnels and the like are not ports; an interface of unknown type is taken.
     */
    private static final Set<Long> PORT_TYPES = Set.of(6L, 7L, 62L, 69L, 71L, 117L, 161L);
    private static final long ADMIN_DOWN = 2;
    private static final long OPER_UP = 1;
    private static final long BITS_PER_MBIT = 1_000_000;
    private static final long MAX_MBPS = 1_000_000;
    private static final int MAX_PORTS = 2000;

    private NetworkRecords() {
    }

    /** @throws org.shopdb.api.error.ValidationException when the device lists no usable address */
    public static Map<String, Object> network(DeviceInventory device) {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("ipaddress", ManagementAddress.of(device.ips()));
        Texts.put(record, "macaddress", device.macAddress(), 17);
        Texts.put(record, "hostname", device.name(), 255);
        Texts.put(record, "serialnumber", device.serialNumber(), 100);
        Texts.put(record, "vendor", device.manufacturer(), 100);
        Texts.put(record, "model", device.model(), 100);
        Texts.put(record, "firmware", device.firmware(), 100);
        List<DevicePort> ports = device.ports().stream().filter(port -> port.ifType() == null || PORT_TYPES.contains(port.ifType())).toList();
        List<Map<String, Object>> vlans = vlans(device.ports());
        if (!vlans.isEmpty()) {
            record.put("vlans", vlans);
        }
        if (!ports.isEmpty()) {
            record.put("complete", true);
            record.put("ports", ports(ports));
        }
        return record;
    }

    /** Each port once (names ignoring case, the first listed winning), in the agent's (interface) order. */
    private static List<Map<String, Object>> ports(List<DevicePort> ports) {
        List<Map<String, Object>> entries = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (DevicePort port : ports) {
            String name = port.name().length() > 64 ? port.name().substring(0, 64) : port.name();
            if (entries.size() < MAX_PORTS && seen.add(name.toLowerCase(Locale.ROOT))) {
                entries.add(port(name, port));
            }
        }
        return entries;
    }

    private static Map<String, Object> port(String name, DevicePort port) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("portname", name);
        Texts.put(entry, "description", port.alias(), 255);
        if (!port.trunk() && !port.vlans().isEmpty()) {
            entry.put("vlanid", port.vlans().get(0).id());
        }
        if (port.speedBps() != null && port.speedBps() > 0) {
            entry.put("speedmbps", Math.min(MAX_MBPS, Math.round((double) port.speedBps() / BITS_PER_MBIT)));
        }
        String status = status(port);
        if (status != null) {
            entry.put("status", status);
        }
        if (!port.trunk() && port.neighbourName() == null && port.macs().size() == 1) {
            entry.put("connectedmac", port.macs().get(0));
        }
        Texts.put(entry, "neighbourname", port.neighbourName(), 255);
        Texts.put(entry, "neighbourport", port.neighbourPort(), 64);
        return entry;
    }

    /** {@code disabled} when administratively down, else {@code up} or {@code down} as the link is. */
    private static String status(DevicePort port) {
        if (port.adminStatus() != null && port.adminStatus() == ADMIN_DOWN) {
            return "disabled";
        }
        if (port.operStatus() == null) {
            return null;
        }
        return port.operStatus() == OPER_UP ? "up" : "down";
    }

    /** The VLANs of all ports, each once, by id. */
    private static List<Map<String, Object>> vlans(List<DevicePort> ports) {
        Map<Integer, Map<String, Object>> vlans = new java.util.TreeMap<>();
        for (DevicePort port : ports) {
            for (Vlan vlan : port.vlans()) {
                vlans.computeIfAbsent(vlan.id(), id -> {
                    Map<String, Object> entry = new LinkedHashMap<>();
                    entry.put("vlanid", id);
                    Texts.put(entry, "name", vlan.name(), 64);
                    return entry;
                });
            }
        }
        return new ArrayList<>(vlans.values());
    }
}
