package org.shopdb.plugins.agents.internal.protocol;

import tools.jackson.databind.node.ObjectNode;

/**
 * One message of the OCS protocol, as the FusionInventory agent sends it:
 * {@code <REQUEST><QUERY>PROLOG|INVENTORY</QUERY><DEVICEID>…</DEVICEID><CONTENT>…</CONTENT></REQUEST>}.
 *
 * @param query    upper case, e.g. {@code PROLOG}, {@code INVENTORY} or {@code SNMPQUERY}
 * @param content  the {@code CONTENT} element as a JSON tree with lower-case names (the shape of the
 *                 GLPI inventory format): repeated elements become arrays, text becomes strings;
 *                 an empty object when there is none
 */
public record OcsMessage(String query, String deviceId, ObjectNode content) {

    public static final String PROLOG = "PROLOG";
    public static final String INVENTORY = "INVENTORY";
    /** The NetInventory task: a network device or printer read over SNMP, or the task's start and end. */
    public static final String SNMPQUERY = "SNMPQUERY";
}
