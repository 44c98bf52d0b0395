package org.shopdb.plugins.agents.internal.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.shopdb.api.error.ValidationException;
import org.shopdb.plugins.agents.internal.DeviceInventories;
import org.shopdb.plugins.agents.internal.inventory.DeviceInventory;
import org.shopdb.plugins.agents.internal.inventory.DeviceKind;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;

import tools.jackson.databind.json.JsonMapper;

/**
 * The records network device and printer inventories become, checked field by field and against
 * the record schemas of the network and printers collectors themselves (read from those plugins'
 * sources), so a record the mapping builds is one the collector takes.
 */
class DeviceRecordsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static List<String> schemaErrors(String plugin, String schema, Map<String, Object> record) throws IOException {
        SchemaRegistryConfig config = SchemaRegistryConfig.builder().formatAssertionsEnabled(true).locale(Locale.ENGLISH).build();
        Schema validator = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12, builder -> builder.schemaRegistryConfig(config))
                .getSchema(JSON.readTree(Files.readAllBytes(Path.of("../" + plugin + "/src/main/resources/schema/" + schema))));
        List<String> errors = new ArrayList<>();
        for (Error error : validator.validate(JSON.valueToTree(record))) {
            errors.add(error.getMessage());
        }
        return errors;
    }

    private static Map<String, Object> port(Object... fields) {
        Map<String, Object> port = new LinkedHashMap<>();
        for (int i = 0; i < fields.length; i += 2) {
            port.put((String) fields[i], fields[i + 1]);
        }
        return port;
    }

    @Test
    void theFusionInventorySwitchIsANetworkRecordWithItsEdgePortsMacsAndUplink() throws IOException {
        Map<String, Object> record = NetworkRecords.network(DeviceInventories.ocs(DeviceInventories.SWITCH_XML));
        assertEquals(List.of("ipaddress", "macaddress", "hostname", "serialnumber", "vendor", "model", "firmware", "vlans", "complete", "ports"),
                List.copyOf(record.keySet()));
        assertEquals("10.20.0.11", record.get("ipaddress"));
        assertEquals("00:A3:D1:5E:20:11", record.get("macaddress"));
        assertEquals("sw-hall2-03", record.get("hostname"));
        assertEquals("FOC2140X0AB", record.get("serialnumber"));
        assertEquals("Cisco", record.get("vendor"));
        assertEquals("C9200-48P", record.get("model"));
        assertEquals("17.9.4a", record.get("firmware"));
        assertEquals(List.of(Map.of("vlanid", 20, "name", "shopfloor"), Map.of("vlanid", 30, "name", "cameras")), record.get("vlans"));
        assertEquals(true, record.get("complete"));
        assertEquals(List.of(
                port("portname", "Gi1/0/1", "description", "CNC 42 controller PC", "vlanid", 20, "speedmbps", 1000L, "status", "up",
                        "connectedmac", "AA:BB:CC:00:00:42"),
                port("portname", "Gi1/0/2", "description", "CMM 3 PC", "vlanid", 20, "speedmbps", 1000L, "status", "up",
                        "connectedmac", "AA:BB:CC:00:00:43"),
                port("portname", "Gi1/0/3", "description", "Camera loading dock", "vlanid", 30, "speedmbps", 100L, "status", "up",
                        "connectedmac", "AC:CC:8E:12:34:56"),
                port("portname", "Gi1/0/4", "vlanid", 20, "speedmbps", 1000L, "status", "down"),
                port("portname", "Gi1/0/5", "description", "spare", "vlanid", 20, "speedmbps", 1000L, "status", "disabled"),
                port("portname", "Gi1/0/6", "description", "Lathe 7 desk switch", "vlanid", 20, "speedmbps", 100L, "status", "up"),
                port("portname", "Te1/1/1", "description", "uplink sw-core-01", "speedmbps", 10000L, "status", "up",
                        "neighbourname", "sw-core-01", "neighbourport", "TenGigabitEthernet1/0/3")),
                record.get("ports"), "the VLAN interface and Null0 are no ports; two MACs on Gi1/0/6 name no single device");
        assertEquals(List.of(), schemaErrors("network", "network-collector.json", record));
        Map<String, Object> broken = new LinkedHashMap<>(record);
        broken.put("ports", List.of(Map.of("portname", "Gi1/0/1", "status", "sideways")));
        assertEquals(1, schemaErrors("network", "network-collector.json", broken).size(), "the schema check can fail");
    }

    @Test
    void theGlpiSwitchIsANetworkRecordTheCollectorTakes() throws IOException {
        Map<String, Object> record = NetworkRecords.network(DeviceInventories.glpi(DeviceInventories.SWITCH_JSON));
        assertEquals("10.40.0.21", record.get("ipaddress"), "the first address listed");
        assertEquals(List.of(Map.of("vlanid", 1, "name", "DEFAULT_VLAN"), Map.of("vlanid", 40, "name", "press-lines"),
                Map.of("vlanid", 99, "name", "management")), record.get("vlans"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> ports = (List<Map<String, Object>>) record.get("ports");
        assertEquals(List.of("1", "2", "3", "4", "10"), ports.stream().map(port -> port.get("portname")).toList());
        assertEquals("00:1B:1B:40:04:02", ports.get(1).get("connectedmac"));
        assertEquals("down", ports.get(2).get("status"));
        assertFalse(ports.get(2).containsKey("speedmbps"), "no speed on a port without link");
        assertEquals("disabled", ports.get(3).get("status"));
        assertEquals(List.of(), schemaErrors("network", "network-collector.json", record));
    }

    @Test
    void theFusionInventoryPrinterIsAPrintersRecordWithItsSuppliesAndPageCount() throws IOException {
        Map<String, Object> record = PrinterRecords.printer(DeviceInventories.ocs(DeviceInventories.PRINTER_XML));
        assertEquals("10.20.1.16", record.get("ipaddress"), "not the loopback the printer lists too");
        assertEquals("3C:D9:2B:7E:10:16", record.get("macaddress"));
        assertEquals("prn-office-3", record.get("hostname"));
        assertEquals("VNB3K41234", record.get("serialnumber"));
        assertEquals("Hewlett-Packard", record.get("vendor"));
        assertEquals("HP Color LaserJet MFP M479fdw", record.get("model"));
        assertEquals(48213L, record.get("pagecount"));
        assertEquals(true, record.get("colour"));
        assertFalse(record.containsKey("printerstatus"), "the agent reads no printer status");
        assertEquals(List.of(
                port("supplykind", "fuser", "description", "FUSERKIT"),
                port("supplykind", "toner", "colour", "black", "description", "TONERBLACK", "levelpercent", 54),
                port("supplykind", "toner", "colour", "cyan", "description", "TONERCYAN", "levelpercent", 7),
                port("supplykind", "toner", "colour", "magenta", "description", "TONERMAGENTA", "levelpercent", 41),
                port("supplykind", "toner", "colour", "yellow", "description", "TONERYELLOW", "levelpercent", 38),
                port("supplykind", "transferunit", "description", "TRANSFERKIT", "levelpercent", 81),
                port("supplykind", "waste", "description", "WASTETONER")), record.get("supplies"));
        assertEquals(List.of(), schemaErrors("printers", "printers-collector.json", record));
    }

    @Test
    void theGlpiPrinterIsAPrintersRecordTheCollectorTakes() throws IOException {
        Map<String, Object> record = PrinterRecords.printer(DeviceInventories.glpi(DeviceInventories.PRINTER_JSON));
        assertEquals("10.20.1.40", record.get("ipaddress"));
        assertEquals("00:C0:EE:5A:01:40", record.get("macaddress"));
        assertEquals(231007L, record.get("pagecount"));
        assertEquals(port("supplykind", "maintenancekit", "description", "MAINTENANCEKIT", "levelpercent", 92),
                ((List<?>) record.get("supplies")).get(5));
        assertEquals(List.of(), schemaErrors("printers", "printers-collector.json", record));
    }

    @Test
    void inkPhotoBlackAndUnknownSuppliesAndAmountsWithUnits() {
        DeviceInventory printer = new DeviceInventory("d", DeviceKind.PRINTER, null, null, null, null, null, null, null, null,
                List.of("0.0.0.0", "127.0.0.1", "10.1.2.3"), List.of(), List.of(new DeviceInventory.Cartridge("CARTRIDGEPHOTOBLACK", "120%"),
                        new DeviceInventory.Cartridge("STAPLES", "3items"), new DeviceInventory.Cartridge("CLEANINGKIT", "-1")), null);
        Map<String, Object> record = PrinterRecords.printer(printer);
        assertEquals("10.1.2.3", record.get("ipaddress"));
        assertEquals(List.of(port("supplykind", "ink", "colour", "photoblack", "description", "CARTRIDGEPHOTOBLACK", "levelpercent", 100),
                port("supplykind", "staples", "description", "STAPLES"), port("supplykind", "other", "description", "CLEANINGKIT")),
                record.get("supplies"));
        assertFalse(record.containsKey("colour"));
    }

    @Test
    void aDeviceWithoutUsableAddressIsRefusedNamingTheField() {
        DeviceInventory nowhere = new DeviceInventory("d", DeviceKind.NETWORK, null, "sw", null, null, null, null, null, null,
                List.of("127.0.0.1", "0.0.0.0", "fe80::1"), List.of(), null, null);
        ValidationException refused = assertThrows(ValidationException.class, () -> NetworkRecords.network(nowhere));
        assertEquals("content.network_device.ips", refused.errors().get(0).field());
        assertEquals("2001:db8::11", ManagementAddress.of(List.of("::1", "2001:DB8::11")));
    }
}
