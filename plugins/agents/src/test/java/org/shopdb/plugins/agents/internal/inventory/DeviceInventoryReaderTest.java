package org.shopdb.plugins.agents.internal.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.shopdb.plugins.agents.internal.DeviceInventories;
import org.shopdb.plugins.agents.internal.inventory.DeviceInventory.Cartridge;
import org.shopdb.plugins.agents.internal.inventory.DevicePort.Vlan;
import org.shopdb.plugins.agents.internal.protocol.OcsMessage;
import org.shopdb.plugins.agents.internal.protocol.OcsXmlReader;

class DeviceInventoryReaderTest {

    private static java.util.Map<String, DevicePort> byName(DeviceInventory device) {
        return device.ports().stream().collect(Collectors.toMap(DevicePort::name, Function.identity()));
    }

    @Test
    void theFusionInventorySwitchIsReadWithItsPortsMacTableNeighbourAndVlans() {
        DeviceInventory sw = DeviceInventories.ocs(DeviceInventories.SWITCH_XML);
        assertEquals(DeviceKind.NETWORK, sw.kind());
        assertEquals("pc-netscan-01-2026-11-20-06-12-00", sw.deviceId());
        assertEquals("sw-hall2-03", sw.name());
        assertEquals("Cisco", sw.manufacturer());
        assertEquals("C9200-48P", sw.model());
        assertEquals("17.9.4a", sw.firmware());
        assertEquals("FOC2140X0AB", sw.serialNumber());
        assertEquals("00:A3:D1:5E:20:11", sw.macAddress());
        assertEquals(List.of("10.20.0.11"), sw.ips());
        assertNull(sw.cartridges(), "a switch has no cartridges section");
        assertEquals(List.of("Gi1/0/1", "Gi1/0/2", "Gi1/0/3", "Gi1/0/4", "Gi1/0/5", "Gi1/0/6", "Te1/1/1", "Vl99", "Nu0"),
                sw.ports().stream().map(DevicePort::name).toList());

        var ports = byName(sw);
        DevicePort cnc = ports.get("Gi1/0/1");
        assertEquals("CNC 42 controller PC", cnc.alias());
        assertEquals(List.of("AA:BB:CC:00:00:42"), cnc.macs());
        assertEquals(List.of(new Vlan(20, "shopfloor")), cnc.vlans());
        assertEquals(1_000_000_000L, cnc.speedBps());
        assertEquals(6L, cnc.ifType());
        assertEquals(1L, cnc.operStatus());
        assertFalse(cnc.trunk());
        assertEquals(List.of("00:1B:1B:7A:00:07", "00:1B:1B:7A:00:08"), ports.get("Gi1/0/6").macs());
        assertEquals(2L, ports.get("Gi1/0/5").adminStatus());

        DevicePort uplink = ports.get("Te1/1/1");
        assertTrue(uplink.trunk());
        assertEquals("sw-core-01", uplink.neighbourName());
        assertEquals("TenGigabitEthernet1/0/3", uplink.neighbourPort());
        assertEquals(List.of(), uplink.macs(), "the agent reports no MAC table on a port with an LLDP neighbour");
        assertEquals(53L, ports.get("Vl99").ifType());
    }

    @Test
    void theGlpiSwitchReadsTheSameWay() {
        DeviceInventory sw = DeviceInventories.glpi(DeviceInventories.SWITCH_JSON);
        assertEquals(DeviceKind.NETWORK, sw.kind());
        assertEquals("GLPI-Agent_v1.11", sw.agent());
        assertEquals("94:60:D5:44:10:00", sw.macAddress());
        assertEquals(List.of("10.40.0.21", "10.40.99.21"), sw.ips());
        var ports = byName(sw);
        assertEquals(List.of("00:0E:8C:AA:04:01"), ports.get("1").macs());
        assertEquals("Press line 4 HMI", ports.get("1").alias());
        assertTrue(ports.get("10").trunk());
        assertEquals("sw-core-01", ports.get("10").neighbourName());
        assertEquals("TenGigabitEthernet1/0/7", ports.get("10").neighbourPort());
        assertEquals(List.of(new Vlan(1, "DEFAULT_VLAN"), new Vlan(40, "press-lines"), new Vlan(99, "management")), ports.get("10").vlans());
    }

    @Test
    void theFusionInventoryPrinterIsReadWithItsCartridgesAndPageCounter() {
        DeviceInventory printer = DeviceInventories.ocs(DeviceInventories.PRINTER_XML);
        assertEquals(DeviceKind.PRINTER, printer.kind());
        assertEquals("prn-office-3", printer.name());
        assertEquals("Hewlett-Packard", printer.manufacturer());
        assertEquals("HP Color LaserJet MFP M479fdw", printer.model());
        assertEquals("VNB3K41234", printer.serialNumber());
        assertEquals("3C:D9:2B:7E:10:16", printer.macAddress());
        assertEquals(List.of("10.20.1.16", "127.0.0.1"), printer.ips());
        assertEquals(48213L, printer.pageCount());
        assertEquals(List.of(new Cartridge("FUSERKIT", "OK"), new Cartridge("TONERBLACK", "54"), new Cartridge("TONERCYAN", "7"),
                new Cartridge("TONERMAGENTA", "41"), new Cartridge("TONERYELLOW", "38"), new Cartridge("TRANSFERKIT", "81"),
                new Cartridge("WASTETONER", "WARNING")), printer.cartridges());
    }

    @Test
    void theGlpiPrinterCartridgesMayBeNumbers() {
        DeviceInventory printer = DeviceInventories.glpi(DeviceInventories.PRINTER_JSON);
        assertEquals(DeviceKind.PRINTER, printer.kind());
        assertEquals(231007L, printer.pageCount());
        assertEquals(new Cartridge("TONERBLACK", "71"), printer.cartridges().get(0));
        assertEquals(new Cartridge("WASTETONER", "OK"), printer.cartridges().get(4));
    }

    @Test
    void anAgentStartOrEndMessageCarriesNoDeviceAndAFailedDeviceItsError() {
        OcsMessage start = new OcsXmlReader().read(("<REQUEST><CONTENT><AGENT><START>1</START><AGENTVERSION>2.6</AGENTVERSION></AGENT>"
                + "<MODULEVERSION>4.2</MODULEVERSION><PROCESSNUMBER>1</PROCESSNUMBER></CONTENT><DEVICEID>a</DEVICEID>"
                + "<QUERY>SNMPQUERY</QUERY></REQUEST>").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(OcsMessage.SNMPQUERY, start.query());
        assertEquals(List.of(), OcsDevices.devices(start.content()));
        OcsMessage failed = new OcsXmlReader().read(("<REQUEST><CONTENT><DEVICE><ERROR><ID>0</ID><MESSAGE>SNMP communication error: no response"
                + " from host</MESSAGE></ERROR></DEVICE><MODULEVERSION>4.2</MODULEVERSION></CONTENT><DEVICEID>a</DEVICEID>"
                + "<QUERY>SNMPQUERY</QUERY></REQUEST>").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals("SNMP communication error: no response from host", OcsDevices.error(OcsDevices.devices(failed.content()).get(0)));
    }

    @Test
    void devicesOfOtherKindsAreNoneOfOurs() {
        assertEquals(DeviceKind.NETWORK, DeviceKind.ofOcsType("NETWORKING"));
        assertEquals(DeviceKind.PRINTER, DeviceKind.ofItemtype("Printer"));
        assertNull(DeviceKind.ofOcsType("STORAGE"));
        assertNull(DeviceKind.ofOcsType(null));
        assertNull(DeviceKind.ofItemtype("Phone"));
        assertNull(DeviceKind.ofItemtype("Computer"));
    }

    @Test
    void macsInEveryNotationTheAgentsUseAreCanonical() {
        assertEquals("00:0A:0B:0C:0D:0E", DeviceInventoryReader.mac("0:a:b:c:d:e"));
        assertEquals("AA:BB:CC:DD:EE:FF", DeviceInventoryReader.mac("aa-bb-cc-dd-ee-ff"));
        assertNull(DeviceInventoryReader.mac("00:00:00:00:00:00"));
        assertNull(DeviceInventoryReader.mac("not a mac"));
    }
}
