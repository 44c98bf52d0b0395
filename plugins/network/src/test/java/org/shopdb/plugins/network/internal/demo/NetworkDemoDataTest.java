package org.shopdb.plugins.network.internal.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.shopdb.api.plugin.DemoSite;
import org.shopdb.core.internal.collector.RecordSchema;

import tools.jackson.databind.json.JsonMapper;

class NetworkDemoDataTest {

    private static final DemoSite SITE = new DemoSite(List.of(11L, 12L, 13L), 42);
    private final NetworkDemoData demo = new NetworkDemoData();

    @Test
    void theSameSiteGivesTheSameDevicesAndAnotherSeedOthers() {
        assertEquals(demo.records(SITE, 40), demo.records(SITE, 40));
        assertNotEquals(demo.records(SITE, 40), demo.records(new DemoSite(SITE.locationIds(), 7), 40));
        assertEquals("network", demo.collector());
        assertEquals(30, demo.order());
    }

    @Test
    void devicesOfEveryDiscoveredKindSpreadOverTheSiteWithDistinctKeys() {
        List<Map<String, Object>> records = demo.records(SITE, 300);
        assertEquals(300, records.size());
        for (String key : List.of("ipaddress", "macaddress", "assetnumber", "serialnumber")) {
            assertEquals(300, records.stream().map(record -> record.get(key)).distinct().count(), key + " distinct");
        }
        assertEquals(Set.of("firewall", "router", "accesspoint", "switch"), new HashSet<>(records.stream().map(record -> record.get("devicekind")).toList()));
        assertEquals(Set.of(11L, 12L, 13L), new HashSet<>(records.stream().map(record -> record.get("locationid")).toList()));
        assertTrue(new HashSet<>(records.stream().map(record -> record.get("firmware")).toList()).size() >= 4, "something for the firmware widget");
    }

    @Test
    void everyRecordPassesTheCollectorsOwnSchema() {
        RecordSchema schema = RecordSchema.load(NetworkDemoData.class.getResource("/schema/network-collector.json"));
        JsonMapper json = JsonMapper.builder().build();
        for (Map<String, Object> record : demo.records(SITE, 60)) {
            assertEquals(List.of(), schema.validate(json.valueToTree(record)), String.valueOf(record.get("assetnumber")));
        }
        assertEquals(1, schema.validate(json.valueToTree(Map.of("ipaddress", "10.0.0.1", "ports",
                List.of(Map.of("portname", "Gi1/0/1", "status", "gone")))))
                .size(), "the check can fail: gone is the server's to say");
    }
}
