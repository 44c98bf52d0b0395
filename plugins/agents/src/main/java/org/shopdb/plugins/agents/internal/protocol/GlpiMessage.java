package org.shopdb.plugins.agents.internal.protocol;

import tools.jackson.databind.node.ObjectNode;

/**
 * A GLPI Agent JSON message, valid against the inventory format schema.
 *
 * @param action   {@code inventory} (also when the message names none), {@code netinventory} (a network device or
 *                 printer read over SNMP), {@code contact}, …
 * @param itemtype {@code Computer} unless the message says otherwise; {@code NetworkEquipment}, {@code Printer}, …
 * @param content  the inventory content; empty for a {@code contact}
 */
public record GlpiMessage(String action, String deviceId, String itemtype, boolean partial, ObjectNode content) {

    public static final String INVENTORY = "inventory";
    public static final String NETINVENTORY = "netinventory";
    public static final String CONTACT = "contact";
    public static final String COMPUTER = "Computer";
}
