package org.shopdb.plugins.network.internal.collector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class NetworkCollectorTest {

    private final NetworkCollector collector = new NetworkCollector(null, null, null, null);

    @Test
    void aDeviceSeenTheFirstTimeIsASwitchNumberedByItsBaseMacAndNamedByItsHostname() {
        assertEquals(Map.of("devicekind", "switch", "assetnumber", "NET-00A3D1000001", "name", "sw-hall2-03"),
                NetworkCollector.firstSeen(Map.of("ipaddress", "10.20.0.11", "macaddress", "00-a3-d1-00-00-01", "hostname", "sw-hall2-03")));
        assertEquals(Map.of("devicekind", "switch", "assetnumber", "NET-10-20-0-12", "name", "Cisco ISR4331 10.20.0.12"),
                NetworkCollector.firstSeen(Map.of("ipaddress", "10.20.0.12", "vendor", "Cisco", "model", "ISR4331")));
    }

    @Test
    void theDevicesOwnFieldsLeaveItsChildrenAndHowToReadThemOut() {
        Map<String, Object> device = NetworkCollector.deviceFields(Map.of("ipaddress", "10.0.0.1", "firmware", "17.9.4a",
                "ports", List.of(), "vlans", List.of(), "complete", true, "seenat", "2026-11-25T06:00:00Z", "closet", "IDF-1"));
        assertEquals(Map.of("ipaddress", "10.0.0.1", "firmware", "17.9.4a"), device);
    }

    @Test
    void declaresItsNameTheManagementIpAsNaturalKeyAndAStrictSchemaRequiringIt() throws Exception {
        assertEquals("network", collector.name());
        assertEquals(List.of("ipaddress"), collector.naturalKey());
        JsonNode schema;
        try (InputStream in = collector.recordSchema().openStream()) {
            schema = new ObjectMapper().readTree(in);
        }
        assertEquals("https://json-schema.org/draft/2020-12/schema", schema.path("$schema").asText());
        assertEquals("ipaddress", schema.path("required").get(0).asText());
        assertFalse(schema.path("additionalProperties").asBoolean(true));
        JsonNode port = schema.path("properties").path("ports").path("items");
        assertFalse(port.path("additionalProperties").asBoolean(true), "port entries are strict too");
        schema.path("properties").properties().forEach(property -> assertTrue(property.getValue().has("title"), property.getKey() + " has a title"));
        port.path("properties").properties().forEach(property -> assertTrue(property.getValue().has("title"), property.getKey() + " has a title"));
    }
}
