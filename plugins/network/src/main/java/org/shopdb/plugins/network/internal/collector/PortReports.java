package org.shopdb.plugins.network.internal.collector;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.shopdb.api.asset.NetworkIdentifiers;
import org.shopdb.api.error.FieldError;
import org.shopdb.api.error.ValidationException;
import org.shopdb.plugins.network.internal.port.PortState;
import org.shopdb.plugins.network.internal.port.Vlan;

/**
 * The ports and VLANs of a collector record (already valid against its schema) as the plugin
 * stores them: text trimmed and blank as nothing, MACs as {@code AA:BB:CC:DD:EE:FF}, a port's
 * status {@code up} when the record leaves it out. A port or VLAN listed twice is refused,
 * naming the entry.
 */
final class PortReports {

    private PortReports() {
    }

    static List<PortState> ports(Object reported) {
        return listedOnce(reported, "ports", "portname", entry -> {
            String status = text(entry.get("status"));
            String mac = text(entry.get("connectedmac"));
            return new PortState(text(entry.get("portname")), text(entry.get("description")), whole(entry.get("vlanid")),
                    whole(entry.get("speedmbps")), status == null ? PortState.UP : status, mac == null ? null : NetworkIdentifiers.mac(mac),
                    text(entry.get("neighbourname")), text(entry.get("neighbourport")));
        }, PortState::key, port -> "'" + port.portName() + "' is listed twice; list each port once");
    }

    static List<Vlan> vlans(Object reported) {
        return listedOnce(reported, "vlans", "vlanid", entry -> new Vlan(whole(entry.get("vlanid")), text(entry.get("name"))),
                Vlan::vlanId, vlan -> "VLAN " + vlan.vlanId() + " is listed twice; list each VLAN once");
    }

    /** The entries of a record's array, each read, refusing (naming {@code array[i].field}) an entry whose key an earlier one had. */
    private static <T> List<T> listedOnce(Object reported, String array, String field, Function<Map<?, ?>, T> read,
            Function<T, Object> key, Function<T, String> twice) {
        List<T> all = new ArrayList<>();
        Set<Object> keys = new HashSet<>();
        List<FieldError> errors = new ArrayList<>();
        List<?> entries = (List<?>) reported;
        for (int i = 0; i < entries.size(); i++) {
            T entry = read.apply((Map<?, ?>) entries.get(i));
            if (!keys.add(key.apply(entry))) {
                errors.add(new FieldError(array + "[" + i + "]." + field, twice.apply(entry)));
            }
            all.add(entry);
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return all;
    }

    private static String text(Object value) {
        return value == null || value.toString().isBlank() ? null : value.toString().trim();
    }

    private static Integer whole(Object value) {
        return value == null ? null : Math.toIntExact(((Number) value).longValue());
    }
}
