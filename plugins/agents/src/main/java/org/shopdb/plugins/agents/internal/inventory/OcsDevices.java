package org.shopdb.plugins.agents.internal.inventory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The FusionInventory NetInventory task's {@code SNMPQUERY} message ({@code CONTENT/DEVICE}, read
 * into lower-case names by the XML reader) brought into the shape of the GLPI inventory format,
 * which the GLPI Agent sends for the same inventory, so one reader serves both:
 * {@code INFO} → {@code network_device} ({@code COMMENTS} is the description, {@code IPS/IP} a
 * list), {@code PORTS/PORT} → {@code network_ports} (one {@code connections} entry per learned
 * MAC, {@code VLANS/VLAN/NUMBER} → {@code vlans[].id}, {@code IPS/IP} a list), {@code CARTRIDGES}
 * and {@code PAGECOUNTERS} as they are.
 */
public final class OcsDevices {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private OcsDevices() {
    }

    /** The {@code DEVICE} elements of a message's content; one for each device the agent read. */
    public static List<JsonNode> devices(JsonNode content) {
        return Nodes.list(content.get("device"));
    }

    /** The device's {@code INFO/TYPE}: {@code NETWORKING}, {@code PRINTER}, …; {@code null} when it has none. */
    public static String type(JsonNode device) {
        return Nodes.text(Nodes.first(device.get("info")), "type");
    }

    /** The agent's message for a device it could not read ({@code DEVICE/ERROR/MESSAGE}), or {@code null}. */
    public static String error(JsonNode device) {
        JsonNode error = Nodes.first(device.get("error"));
        return error == null ? null : Nodes.text(error, "message") != null ? Nodes.text(error, "message") : "unreadable device";
    }

    /** The device as GLPI inventory content. */
    public static ObjectNode content(JsonNode device) {
        ObjectNode content = NODES.objectNode();
        JsonNode info = Nodes.first(device.get("info"));
        if (info != null) {
            ObjectNode networkDevice = copyScalars(info);
            if (networkDevice.has("comments")) {
                networkDevice.set("description", networkDevice.remove("comments"));
            }
            networkDevice.set("ips", texts(info.get("ips"), "ip"));
            content.set("network_device", networkDevice);
        }
        JsonNode ports = Nodes.first(device.get("ports"));
        if (ports != null) {
            ArrayNode networkPorts = content.putArray("network_ports");
            Nodes.list(ports.get("port")).forEach(port -> networkPorts.add(port(port)));
        }
        if (device.has("cartridges")) {
            ArrayNode cartridges = content.putArray("cartridges");
            Nodes.list(device.get("cartridges")).forEach(cartridges::add);
        }
        JsonNode counters = Nodes.first(device.get("pagecounters"));
        if (counters != null) {
            content.set("pagecounters", counters);
        }
        return content;
    }

    private static ObjectNode port(JsonNode port) {
        ObjectNode converted = copyScalars(port);
        converted.set("ips", texts(port.get("ips"), "ip"));
        ArrayNode connections = converted.putArray("connections");
        JsonNode wrapper = Nodes.first(port.get("connections"));
        if (wrapper != null) {
            for (JsonNode connection : Nodes.list(wrapper.get("connection"))) {
                List<String> macs = strings(connection.get("mac"));
                if (macs.isEmpty() || connection.size() > 1) {
                    connections.add(connection);
                } else {
                    macs.forEach(mac -> connections.addObject().put("mac", mac));
                }
            }
        }
        ArrayNode vlans = converted.putArray("vlans");
        JsonNode vlanWrapper = Nodes.first(port.get("vlans"));
        if (vlanWrapper != null) {
            for (JsonNode vlan : Nodes.list(vlanWrapper.get("vlan"))) {
                ObjectNode entry = vlans.addObject();
                entry.put("id", Nodes.text(vlan, "number"));
                if (Nodes.text(vlan, "name") != null) {
                    entry.put("name", Nodes.text(vlan, "name"));
                }
            }
        }
        return converted;
    }

    private static ObjectNode copyScalars(JsonNode element) {
        ObjectNode copy = NODES.objectNode();
        for (Map.Entry<String, JsonNode> field : element.properties()) {
            if (field.getValue().isValueNode()) {
                copy.set(field.getKey(), field.getValue());
            }
        }
        return copy;
    }

    /** {@code <IPS><IP>a</IP><IP>b</IP></IPS>} as {@code ["a", "b"]}. */
    private static ArrayNode texts(JsonNode wrapper, String element) {
        ArrayNode list = NODES.arrayNode();
        JsonNode first = Nodes.first(wrapper);
        if (first != null) {
            strings(first.get(element)).forEach(list::add);
        }
        return list;
    }

    private static List<String> strings(JsonNode node) {
        List<String> strings = new ArrayList<>();
        if (node == null) {
            return strings;
        }
        if (node.isArray()) {
            node.forEach(item -> {
                if (item.isString() && !item.stringValue().isBlank()) {
                    strings.add(item.stringValue().trim());
                }
            });
        } else if (node.isString() && !node.stringValue().isBlank()) {
            strings.add(node.stringValue().trim());
        }
        return strings;
    }
}
