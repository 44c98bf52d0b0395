package org.shopdb.plugins.agents.internal.inventory;

import java.util.Locale;

/**
 * The kinds of SNMP-inventoried device ShopDB maps, each into the collector of the plugin that
 * keeps it. The agents name them twice: the GLPI Agent by {@code itemtype}, the FusionInventory
 * NetInventory task by {@code INFO/TYPE}.
 */
public enum DeviceKind {

    NETWORK("NetworkEquipment", "NETWORKING", "network", "shopdb-network"),
    PRINTER("Printer", "PRINTER", "printers", "shopdb-printers");

    private final String itemtype;
    private final String ocsType;
    private final String collector;
    private final String feature;

    DeviceKind(String itemtype, String ocsType, String collector, String feature) {
        this.itemtype = itemtype;
        this.ocsType = ocsType;
        this.collector = collector;
        this.feature = feature;
    }

    /** The GLPI {@code itemtype}, e.g. {@code NetworkEquipment}; {@code null} for any other. */
    public static DeviceKind ofItemtype(String itemtype) {
        for (DeviceKind kind : values()) {
            if (kind.itemtype.equals(itemtype)) {
                return kind;
            }
        }
        return null;
    }

    /** The FusionInventory {@code INFO/TYPE}, e.g. {@code NETWORKING}; {@code null} for any other. */
    public static DeviceKind ofOcsType(String type) {
        for (DeviceKind kind : values()) {
            if (type != null && kind.ocsType.equals(type.trim().toUpperCase(Locale.ROOT))) {
                return kind;
            }
        }
        return null;
    }

    public String itemtype() {
        return itemtype;
    }

    /** The collector the device's record goes to, e.g. {@code network}. */
    public String collector() {
        return collector;
    }

    /** The Karaf feature of the plugin behind that collector, e.g. {@code shopdb-network}. */
    public String feature() {
        return feature;
    }
}
