package org.shopdb.plugins.agents.internal.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.shopdb.api.error.ValidationException;
import org.shopdb.plugins.agents.internal.Resources;
import org.shopdb.plugins.agents.internal.inventory.Inventory;
import org.shopdb.plugins.agents.internal.inventory.InventoryReader;
import org.shopdb.plugins.agents.internal.protocol.GlpiJsonReader;
import org.shopdb.plugins.agents.internal.protocol.GlpiMessage;

class CollectorRecordsTest {

    private static Inventory glpi(String name) {
        GlpiMessage message = new GlpiJsonReader().read(Resources.inventory(name));
        return InventoryReader.read(message.deviceId(), message.itemtype(), message.partial(), message.content());
    }

    @Test
    void aFullInventoryIsTheAgreedComputersRecord() {
        Inventory inventory = glpi("glpi-computer-full.json");
        Map<String, Object> record = CollectorRecords.computer(inventory, CollectorRecords.identity(inventory, KnownIdentity.NONE));
        assertEquals(Map.ofEntries(Map.entry("hostname", "pc-cnc-0042"), Map.entry("hardwareuuid", "4C4C4544-0042-3510-8052-B4C04F4A4D32"),
                Map.entry("serialnumber", "5CG1234XYZ"), Map.entry("domain", "plant.example.com"),
                Map.entry("osname", "Microsoft Windows 10 Enterprise LTSC"), Map.entry("osversion", "1809"), Map.entry("osbuild", "10.0.17763"),
                Map.entry("manufacturer", "Dell Inc."), Map.entry("model", "OptiPlex 7090"),
                Map.entry("cpu", "Intel(R) Core(TM) i5-10500 CPU @ 3.10GHz"), Map.entry("cpucores", 6L), Map.entry("memorymb", 16384L),
                Map.entry("diskgb", 512L), Map.entry("lastuser", "jdoe"), Map.entry("lastboot", "2026-11-20T06:12:00Z"),
                Map.entry("inventoriedat", "2026-11-25T08:00:00Z"),
                Map.entry("addresses", List.of(
                        Map.of("ipaddress", "10.20.4.42", "macaddress", "AA:BB:CC:00:00:42", "hostname", "pc-cnc-0042.plant.example.com"),
                        Map.of("ipaddress", "192.168.0.42", "macaddress", "AA:BB:CC:00:01:42")))), record);
        assertEquals(List.of("hostname", "hardwareuuid", "serialnumber"), List.copyOf(record.keySet()).subList(0, 3));
    }

    @Test
    void theSoftwareIsACompleteApplicationsRecord() {
        Inventory inventory = glpi("glpi-computer-full.json");
        Map<String, Object> record = CollectorRecords.applications(inventory, CollectorRecords.identity(inventory, KnownIdentity.NONE));
        assertEquals(true, record.get("complete"));
        assertEquals("pc-cnc-0042", record.get("hostname"));
        assertEquals(List.of(
                Map.of("name", "Siemens NX", "vendor", "Siemens", "version", "2306.4000", "installdate", "2026-01-12"),
                Map.of("name", "7-Zip 23.01 (x64)", "vendor", "Igor Pavlov", "version", "23.01"),
                Map.of("name", "Mozilla Firefox (x64 en-US)", "vendor", "Mozilla", "version", "128.5.1", "installdate", "2026-11-02")),
                record.get("software"));
    }

    @Test
    void aPartialInventoryLeavesOutWhatItDoesNotSayAndIsMatchedByTheAgentsLastIdentity() {
        Inventory software = glpi("glpi-computer-partial-software.json");
        KnownIdentity known = new KnownIdentity("pc-cnc-0042", "4C4C4544-0042-3510-8052-B4C04F4A4D32", "5CG1234XYZ");
        KnownIdentity identity = CollectorRecords.identity(software, known);
        assertEquals(known, identity);
        Map<String, Object> computer = CollectorRecords.computer(software, identity);
        assertEquals(Map.of("hostname", "pc-cnc-0042", "hardwareuuid", "4C4C4544-0042-3510-8052-B4C04F4A4D32", "serialnumber", "5CG1234XYZ"),
                computer, "only the identity: every other value keeps what is stored");
        assertFalse(computer.containsKey("addresses"), "no network section: the stored addresses stay");

        ValidationException unknown = assertThrows(ValidationException.class,
                () -> CollectorRecords.computer(software, CollectorRecords.identity(software, KnownIdentity.NONE)));
        assertEquals("content.hardware.name", unknown.errors().get(0).field());
    }
}
