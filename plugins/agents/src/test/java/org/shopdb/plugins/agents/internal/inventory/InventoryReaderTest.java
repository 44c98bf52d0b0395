package org.shopdb.plugins.agents.internal.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.shopdb.plugins.agents.internal.Resources;
import org.shopdb.plugins.agents.internal.protocol.GlpiJsonReader;
import org.shopdb.plugins.agents.internal.protocol.GlpiMessage;
import org.shopdb.plugins.agents.internal.protocol.OcsMessage;
import org.shopdb.plugins.agents.internal.protocol.OcsXmlReader;

class InventoryReaderTest {

    private static Inventory glpi(String name) {
        GlpiMessage message = new GlpiJsonReader().read(Resources.inventory(name));
        return InventoryReader.read(message.deviceId(), message.itemtype(), message.partial(), message.content());
    }

    @Test
    void theFusionInventoryAgentsXmlOfThisKindOfMachine() {
        OcsMessage message = new OcsXmlReader().read(Resources.inventory("fusioninventory-debian.xml"));
        Inventory inventory = InventoryReader.read(message.deviceId(), "Computer", false, message.content());
        ComputerFacts computer = inventory.computer();
        assertEquals("vm", computer.hostname());
        assertNull(computer.hardwareUuid(), "a container's agent reads no UUID");
        assertNull(computer.serialNumber(), "an empty SSN is no serial");
        assertEquals("Debian GNU/Linux 12 (bookworm)", computer.osName());
        assertEquals("12.11", computer.osVersion());
        assertEquals("6.18.44-fc-v1300", computer.osBuild());
        assertEquals("AMD EPYC", computer.cpu());
        assertEquals(2L, computer.cpuCores());
        assertEquals(24105L, computer.memoryMb());
        assertEquals(275L, computer.diskGb(), "274877 MB of disk");
        assertEquals(Instant.parse("2026-12-06T16:29:06Z"), computer.lastBoot());
        assertNull(computer.lastUser(), "'wtmp' is the agent reading 'wtmp begins …' of last on a machine nobody logged in to");
        assertEquals(List.of(new DiscoveredAddress("eth0", "192.0.2.2", "02:FC:00:00:00:01", false, true)), computer.addresses(),
                "loopback, IPv6 and interfaces without address are left out");
        assertEquals(Instant.parse("2026-12-06T16:35:10Z"), inventory.takenAt());
        assertEquals("FusionInventory-Agent_v2.6-3", inventory.agent());
        assertEquals(25, inventory.software().size());
        assertEquals(new InstalledSoftware("adduser", "Debian", "3.134", null), inventory.software().get(0));
    }

    @Test
    void aFullGlpiInventory() {
        Inventory inventory = glpi("glpi-computer-full.json");
        ComputerFacts computer = inventory.computer();
        assertFalse(inventory.partial());
        assertEquals("pc-cnc-0042", computer.hostname());
        assertEquals("4C4C4544-0042-3510-8052-B4C04F4A4D32", computer.hardwareUuid());
        assertEquals("5CG1234XYZ", computer.serialNumber());
        assertEquals("plant.example.com", computer.domain());
        assertEquals("Dell Inc.", computer.manufacturer());
        assertEquals("OptiPlex 7090", computer.model());
        assertEquals("Microsoft Windows 10 Enterprise LTSC", computer.osName());
        assertEquals("10.0.17763", computer.osBuild());
        assertEquals(6L, computer.cpuCores());
        assertEquals(16384L, computer.memoryMb());
        assertEquals(512L, computer.diskGb(), "the CD drive does not count");
        assertEquals("jdoe", computer.lastUser());
        assertEquals(Instant.parse("2026-11-20T06:12:00Z"), computer.lastBoot(), "07:12 at +0100");
        assertEquals(List.of("10.20.4.42", "192.168.0.42"), computer.addresses().stream().map(DiscoveredAddress::ipAddress).toList());
        assertEquals(3, inventory.software().size());
        assertEquals(LocalDate.of(2026, 1, 12), inventory.software().get(0).installDate());
    }

    @Test
    void aPartialInventoryKnowsOnlyItsSections() {
        Inventory software = glpi("glpi-computer-partial-software.json");
        assertTrue(software.partial());
        assertNull(software.computer().hostname());
        assertNull(software.computer().memoryMb());
        assertNull(software.computer().addresses(), "no network section: the addresses are not reported");
        assertEquals(2, software.software().size());

        Inventory cpu = glpi("glpi-computer-partial-cpu.json");
        assertEquals("pc-cnc-0042", cpu.computer().hostname());
        assertEquals(8L, cpu.computer().cpuCores());
        assertNull(cpu.computer().osName());
        assertFalse(cpu.hasSoftware(), "no software section: the installed software is not reported");
    }

    @Test
    void placeholdersAreNoIdentity() {
        assertNull(Placeholders.serial("To Be Filled By O.E.M."));
        assertNull(Placeholders.serial("0000000"));
        assertEquals("5CG1234XYZ", Placeholders.serial(" 5CG1234XYZ "));
        assertNull(Placeholders.uuid("03000200-0400-0500-0006-000700080009"));
        assertNull(Placeholders.uuid("not-a-uuid"));
        assertEquals("4C4C4544-0042-3510-8052-B4C04F4A4D32", Placeholders.uuid("4c4c4544-0042-3510-8052-b4c04f4a4d32"));
    }

    @Test
    void agentsDatesAndTimes() {
        assertEquals(LocalDate.of(2026, 1, 12), AgentTimes.date("12/01/2026"));
        assertEquals(LocalDate.of(2026, 1, 12), AgentTimes.date("2026-01-12 10:00:00"));
        assertNull(AgentTimes.date("last tuesday"));
        assertEquals(Instant.parse("2026-11-20T11:12:00Z"), AgentTimes.instant("2026-11-20 06:12", AgentTimes.offset("-0500")));
        assertEquals(Instant.parse("2026-11-20T06:12:00Z"), AgentTimes.instant("2026-11-20T07:12:00+01:00", AgentTimes.offset("+0000")));
        assertNull(AgentTimes.instant("yesterday", AgentTimes.offset(null)));
    }
}
