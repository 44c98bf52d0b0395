package org.shopdb.plugins.network.internal.port;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.shopdb.plugins.network.internal.port.NetworkTables.MORNING;
import static org.shopdb.plugins.network.internal.port.NetworkTables.NOON;
import static org.shopdb.plugins.network.internal.port.NetworkTables.SCRIPT;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.shopdb.api.audit.AuditAction;
import org.shopdb.api.audit.AuditEntry;
import org.shopdb.api.audit.FieldChange;
import org.shopdb.api.paging.PageRequest;

/** Ports laid over the stored ones on the real tables: created, changed, gone, linked — and nothing written for a repeat. */
class PortSyncTest {

    private final NetworkTables tables = new NetworkTables();
    private final PortSync sync = tables.portSync();
    private final PortQueries queries = tables.portQueries();

    @AfterEach
    void close() {
        tables.close();
    }

    private static PortState port(String name, String mac) {
        return new PortState(name, null, 20, 1000, "up", mac, null, null);
    }

    private List<NetworkPort> portsOf(DeviceRef device) {
        return queries.ofDevice(device.assetId(), PortFilter.ANY, new PageRequest(1, 500, null)).items();
    }

    @Test
    void aFirstReportCreatesEachPortLinkedToTheAssetHoldingItsMacAndAuditsIt() {
        DeviceRef device = tables.device("SW-1");
        long pc = tables.assetWithMac("PC-42", "AA:BB:CC:00:00:42", true);

        assertTrue(sync.sync(SCRIPT, device, List.of(port("Gi1/0/1", "AA:BB:CC:00:00:42"), port("Gi1/0/2", "AA:BB:CC:00:00:99"),
                new PortState("Te1/1/1", "uplink", 99, 10000, "up", null, "sw-core-01", "Te1/0/3")), true, MORNING));

        List<NetworkPort> ports = portsOf(device);
        assertEquals(List.of("Gi1/0/1", "Gi1/0/2", "Te1/1/1"), ports.stream().map(port -> port.state().portName()).toList());
        assertEquals(pc, ports.get(0).linkedAssetId());
        assertEquals("PC-42", ports.get(0).linkedAssetNumber());
        assertNull(ports.get(1).linkedAssetId(), "a MAC no asset has stays unlinked");
        assertEquals("sw-core-01", ports.get(2).state().neighbourName());
        assertEquals(MORNING, ports.get(0).lastSeen());

        assertEquals(3, tables.audit.entries.size());
        AuditEntry created = tables.audit.entries.get(0);
        assertEquals(AuditAction.CREATED, created.action());
        assertEquals("networkport", created.entityType());
        assertEquals("SW-1 Gi1/0/1", created.entityName());
        assertEquals(String.valueOf(ports.get(0).networkPortId()), created.entityId());
        assertEquals(new FieldChange(null, pc), created.changes().get("linkedassetid"));
        assertEquals(1, tables.addresses.macLookups, "one address lookup for the whole report");
        assertEquals(List.of(device.assetId()), tables.reindexed, "the device's connected MACs reindexed for search, once");
    }

    @Test
    void theSameReportAgainWritesNothingButLastSeen() {
        DeviceRef device = tables.device("SW-2");
        tables.assetWithMac("PC-43", "AA:BB:CC:00:00:43", true);
        List<PortState> report = List.of(port("Gi1/0/1", "AA:BB:CC:00:00:43"), port("Gi1/0/2", null));
        sync.sync(SCRIPT, device, report, true, MORNING);
        int audited = tables.audit.entries.size();

        assertFalse(sync.sync(SCRIPT, device, report, true, NOON));
        assertEquals(audited, tables.audit.entries.size(), "no audit noise");
        assertEquals(1, tables.reindexed.size(), "nor a search reindex");
        assertEquals(NOON, portsOf(device).get(0).lastSeen(), "lastseen moves forward");
        assertFalse(sync.sync(SCRIPT, device, report, true, MORNING));
        assertEquals(NOON, portsOf(device).get(0).lastSeen(), "and never back");
    }

    @Test
    void aMacThatMovesOrVanishesRelinksAndUnlinksThePortAuditedOldToNew() {
        DeviceRef device = tables.device("SW-3");
        long pc = tables.assetWithMac("PC-44", "AA:BB:CC:00:00:44", true);
        long camera = tables.assetWithMac("CAM-1", "AC:CC:8E:00:00:01", true);
        sync.sync(SCRIPT, device, List.of(port("Gi1/0/5", "AA:BB:CC:00:00:44")), true, MORNING);

        sync.sync(SCRIPT, device, List.of(port("Gi1/0/5", "AC:CC:8E:00:00:01")), true, NOON);
        assertEquals(camera, portsOf(device).get(0).linkedAssetId());
        AuditEntry relinked = tables.audit.entries.get(tables.audit.entries.size() - 1);
        assertEquals(AuditAction.UPDATED, relinked.action());
        assertEquals(new FieldChange(pc, camera), relinked.changes().get("linkedassetid"));
        assertEquals(new FieldChange("AA:BB:CC:00:00:44", "AC:CC:8E:00:00:01"), relinked.changes().get("connectedmac"));
        assertEquals(2, relinked.changes().size(), "only what changed");

        sync.sync(SCRIPT, device, List.of(port("Gi1/0/5", null)), true, NOON);
        assertNull(portsOf(device).get(0).linkedAssetId(), "nothing learned on the port: unlinked");
    }

    @Test
    void aMacAnAssetGainsLaterLinksOnTheNextReport() {
        DeviceRef device = tables.device("SW-4");
        List<PortState> report = List.of(port("Gi1/0/7", "AA:BB:CC:00:00:45"));
        sync.sync(SCRIPT, device, report, true, MORNING);
        assertNull(portsOf(device).get(0).linkedAssetId());
        long pc = tables.assetWithMac("PC-45", "AA:BB:CC:00:00:45", true);
        assertTrue(sync.sync(SCRIPT, device, report, true, NOON));
        assertEquals(pc, portsOf(device).get(0).linkedAssetId());
    }

    @Test
    void aCompleteReportMarksUnlistedPortsGoneKeepingTheirLastConnectionAndAPartialOneDoesNot() {
        DeviceRef device = tables.device("SW-5");
        long pc = tables.assetWithMac("PC-46", "AA:BB:CC:00:00:46", true);
        sync.sync(SCRIPT, device, List.of(port("Gi1/0/1", "AA:BB:CC:00:00:46"), port("Gi1/0/2", null)), true, MORNING);

        sync.sync(SCRIPT, device, List.of(port("Gi1/0/2", null)), false, NOON);
        assertEquals("up", portsOf(device).get(0).state().status(), "a partial report leaves unlisted ports alone");

        assertTrue(sync.sync(SCRIPT, device, List.of(port("Gi1/0/2", null)), true, NOON));
        NetworkPort gone = portsOf(device).get(0);
        assertEquals("gone", gone.state().status());
        assertEquals("AA:BB:CC:00:00:46", gone.state().connectedMac());
        assertEquals(pc, gone.linkedAssetId());
        assertEquals(MORNING, gone.lastSeen(), "last seen when it was still there");
        AuditEntry audited = tables.audit.entries.get(tables.audit.entries.size() - 1);
        assertEquals(Map.of("status", new FieldChange("up", "gone")), audited.changes());

        assertFalse(sync.sync(SCRIPT, device, List.of(port("Gi1/0/2", null)), true, NOON), "gone stays gone quietly");
        sync.sync(SCRIPT, device, List.of(port("gi1/0/1", "AA:BB:CC:00:00:46"), port("Gi1/0/2", null)), true, NOON);
        assertEquals("up", portsOf(device).get(0).state().status(), "back when reported again, its name matched ignoring case");
        assertEquals(2L, ((Number) tables.single("select count(*) from networkports where assetid = " + device.assetId())).longValue());
    }

    @Test
    void theReportingDeviceIsNeverLinkedToItsOwnPortAndAnAmbiguousMacToNoOne() {
        DeviceRef device = tables.device("SW-6");
        tables.addresses.add(device.assetId(), "00:A3:D1:00:00:06", true);
        tables.assetWithMac("VM-1", "52:54:00:00:00:01", false);
        tables.assetWithMac("VM-2", "52:54:00:00:00:01", false);
        sync.sync(SCRIPT, device, List.of(port("Gi1/0/1", "00:A3:D1:00:00:06"), port("Gi1/0/2", "52:54:00:00:00:01")), true, MORNING);
        assertTrue(portsOf(device).stream().allMatch(port -> port.linkedAssetId() == null));
    }
}
