package org.shopdb.plugins.agents.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.shopdb.plugins.agents.internal.inventory.DeviceInventory;
import org.shopdb.plugins.agents.internal.inventory.DeviceInventoryReader;
import org.shopdb.plugins.agents.internal.inventory.DeviceKind;
import org.shopdb.plugins.agents.internal.inventory.OcsDevices;
import org.shopdb.plugins.agents.internal.protocol.GlpiJsonReader;
import org.shopdb.plugins.agents.internal.protocol.GlpiMessage;
import org.shopdb.plugins.agents.internal.protocol.OcsMessage;
import org.shopdb.plugins.agents.internal.protocol.OcsXmlReader;

import tools.jackson.databind.JsonNode;

/**
 * The network device and printer inventories the tests read: the examples docs/AGENTS.md shows
 * (docs/examples, so that they cannot rot) and the test inventories, each read as the endpoints
 * read them.
 */
public final class DeviceInventories {

    /** FusionInventory's NetInventory task (fusioninventory-netinventory 2.6) on a Cisco access switch. */
    public static final String SWITCH_XML = "docs:agents-netinventory-switch.xml";
    /** The GLPI Agent's netinventory of a Kyocera multifunction printer. */
    public static final String PRINTER_JSON = "docs:agents-netinventory-printer.json";
    /** FusionInventory's NetInventory task on an HP colour laser printer. */
    public static final String PRINTER_XML = "fusioninventory-netinventory-printer.xml";
    /** The GLPI Agent's netinventory of an Aruba switch. */
    public static final String SWITCH_JSON = "glpi-networkequipment.json";

    private static final Path DOCS_EXAMPLES = Path.of("../../docs/examples");

    private DeviceInventories() {
    }

    public static byte[] bytes(String name) {
        if (!name.startsWith("docs:")) {
            return Resources.inventory(name);
        }
        try {
            return Files.readAllBytes(DOCS_EXAMPLES.resolve(name.substring("docs:".length())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An SNMPQUERY message's only device, as the OCS endpoint reads it. */
    public static DeviceInventory ocs(String name) {
        OcsMessage message = new OcsXmlReader().read(bytes(name));
        JsonNode device = OcsDevices.devices(message.content()).get(0);
        return DeviceInventoryReader.read(message.deviceId(), DeviceKind.ofOcsType(OcsDevices.type(device)), OcsDevices.content(device));
    }

    /** A netinventory message, as the GLPI endpoint reads it. */
    public static DeviceInventory glpi(String name) {
        GlpiMessage message = new GlpiJsonReader().read(bytes(name));
        return DeviceInventoryReader.read(message.deviceId(), DeviceKind.ofItemtype(message.itemtype()), message.content());
    }
}
