package org.shopdb.plugins.network.internal.port;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.shopdb.api.family.RecordFields;

/**
 * One port as a discovery report describes it: its whole state, so a field the report leaves out
 * is empty now (a MAC no longer learned on the port unlinks it). Text is trimmed, blank is
 * {@code null}, the MAC is {@code AA:BB:CC:DD:EE:FF}.
 *
 * @param portName     the interface name as the device shows it, e.g. {@code Gi1/0/12}; matched ignoring case
 * @param vlanId       the access (or native) VLAN, 1 to 4094
 * @param status       {@code up}, {@code down}, {@code disabled}, or {@code gone} for a port a full report no longer lists
 * @param connectedMac the MAC learned on the port (the device plugged in)
 * @param neighbourName the LLDP/CDP neighbour's system name, e.g. {@code sw-core-01}
 * @param neighbourPort the neighbour's port, e.g. {@code Te1/0/3}
 */
public record PortState(String portName, String description, Integer vlanId, Integer speedMbps, String status, String connectedMac,
        String neighbourName, String neighbourPort) {

    public static final String UP = "up";
    public static final String GONE = "gone";

    /** The key ports are matched by: the name ignoring case (MySQL's unique index compares so too). */
    public String key() {
        return key(portName);
    }

    static String key(String portName) {
        return portName.toLowerCase(Locale.ROOT);
    }

    boolean isGone() {
        return GONE.equals(status);
    }

    PortState gone() {
        return new PortState(portName, description, vlanId, speedMbps, GONE, connectedMac, neighbourName, neighbourPort);
    }

    /** The audited values under their column names, with the asset the port is linked to. */
    Map<String, Object> audited(Long linkedAssetId) {
        Map<String, Object> values = new LinkedHashMap<>(RecordFields.byName(this));
        values.put("linkedassetid", linkedAssetId);
        return values;
    }
}
