package org.shopdb.plugins.network.internal.port;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.shopdb.plugins.network.internal.port.NetworkTables.MORNING;
import static org.shopdb.plugins.network.internal.port.NetworkTables.NOON;
import static org.shopdb.plugins.network.internal.port.NetworkTables.SCRIPT;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.shopdb.api.paging.Page;
import org.shopdb.api.paging.PageRequest;

/** The read side on the real tables: filters, interface order and paging, where a MAC is plugged in, the link breakdown. */
class PortQueriesTest {

    private final NetworkTables tables = new NetworkTables();
    private final PortSync sync = tables.portSync();
    private final PortQueries queries = tables.portQueries();

    @AfterEach
    void close() {
        tables.close();
    }

    @Test
    void aDevicesPortsFilterByLinkVlanAndStatusInInterfaceOrderPageByPage() {
        DeviceRef device = tables.device("SW-10");
        tables.assetWithMac("PC-1", "AA:BB:CC:00:00:01", true);
        sync.sync(SCRIPT, device, List.of(
                new PortState("Gi1/0/10", null, 20, 1000, "up", "AA:BB:CC:00:00:01", null, null),
                new PortState("Gi1/0/2", null, 30, 100, "up", "AA:BB:CC:00:00:77", null, null),
                new PortState("Gi1/0/1", null, 20, null, "down", null, null, null),
                new PortState("Te1/1/1", "uplink", 99, 10000, "up", null, "sw-core-01", "Te1/0/3")), true, MORNING);

        Page<NetworkPort> all = queries.ofDevice(device.assetId(), PortFilter.ANY, new PageRequest(1, 2, null));
        assertEquals(4, all.total());
        assertEquals(List.of("Gi1/0/1", "Gi1/0/2"), all.items().stream().map(port -> port.state().portName()).toList());
        assertEquals(List.of("Gi1/0/10", "Te1/1/1"), queries.ofDevice(device.assetId(), PortFilter.ANY, new PageRequest(2, 2, null))
                .items().stream().map(port -> port.state().portName()).toList());
        assertEquals(1, queries.ofDevice(device.assetId(), new PortFilter(true, null, null), new PageRequest(1, 50, null)).total());
        assertEquals(3, queries.ofDevice(device.assetId(), new PortFilter(false, null, null), new PageRequest(1, 50, null)).total());
        assertEquals(2, queries.ofDevice(device.assetId(), new PortFilter(null, 20, null), new PageRequest(1, 50, null)).total());
        assertEquals(1, queries.ofDevice(device.assetId(), new PortFilter(false, 20, "down"), new PageRequest(1, 50, null)).total());
    }

    @Test
    void whereAMacIsPluggedInCurrentPortsFirstThenWhereItWasWithTheirDevices() {
        DeviceRef hall = tables.device("SW-HALL");
        DeviceRef office = tables.device("SW-OFFICE");
        tables.addresses.add(hall.assetId(), "00:A3:D1:00:00:01", true);
        long laptop = tables.assetWithMac("NB-7", "D4:81:D7:00:00:07", true);
        sync.sync(SCRIPT, office, List.of(new PortState("Gi1/0/3", null, 10, 1000, "up", "D4:81:D7:00:00:07", null, null)), true, MORNING);
        sync.sync(SCRIPT, office, List.of(new PortState("Gi1/0/4", null, 10, 1000, "up", null, null, null)), true, NOON);
        sync.sync(SCRIPT, hall, List.of(new PortState("Gi1/0/9", null, 20, 1000, "up", "D4:81:D7:00:00:07", null, null)), true, NOON);

        List<PortLocation> found = queries.withMac("D4:81:D7:00:00:07");
        assertEquals(List.of("SW-HALL", "SW-OFFICE"), found.stream().map(PortLocation::deviceAssetNumber).toList());
        assertEquals("Gi1/0/9", found.get(0).port().state().portName());
        assertEquals("gone", found.get(1).port().state().status());
        Map<String, Object> json = found.get(0).toJson();
        assertEquals("SW-HALL name", json.get("devicename"));
        assertEquals("NB-7", json.get("linkedassetnumber"));
        assertEquals(laptop, json.get("linkedassetid"));
        assertEquals(found.stream().map(PortLocation::deviceAssetNumber).toList(),
                queries.linkedTo(laptop).stream().map(PortLocation::deviceAssetNumber).toList());
        assertEquals(List.of(), queries.withMac("D4:81:D7:00:00:08"));
    }

    @Test
    void portsCountByHowTheyAreConnectedInOneGroupedQuery() {
        DeviceRef device = tables.device("SW-11");
        tables.assetWithMac("PC-2", "AA:BB:CC:00:00:02", true);
        sync.sync(SCRIPT, device, List.of(new PortState("1", null, null, null, "up", "AA:BB:CC:00:00:02", null, null),
                new PortState("2", null, null, null, "up", "AA:BB:CC:00:00:03", null, null),
                new PortState("3", null, null, null, "up", "AA:BB:CC:00:00:04", null, null),
                new PortState("4", null, null, null, "down", null, null, null),
                new PortState("5", null, null, null, "up", null, null, null)), true, MORNING);
        sync.sync(SCRIPT, device, List.of(new PortState("1", null, null, null, "up", "AA:BB:CC:00:00:02", null, null),
                new PortState("2", null, null, null, "up", "AA:BB:CC:00:00:03", null, null),
                new PortState("3", null, null, null, "up", "AA:BB:CC:00:00:04", null, null),
                new PortState("4", null, null, null, "down", null, null, null)), true, NOON);
        assertEquals(Map.of("linked", 1L, "unlinked", 2L, "nomac", 1L, "gone", 1L), queries.connectionCounts());
    }
}
