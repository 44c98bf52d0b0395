package org.shopdb.plugins.printers.internal.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.shopdb.api.plugin.DemoSite;
import org.shopdb.plugins.printers.internal.report.PrinterReport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class PrinterDemoDataTest {

    private static final DemoSite SITE = new DemoSite(List.of(11L, 12L, 13L), 42);
    private final PrinterDemoData demo = new PrinterDemoData();

    @Test
    void theSameSiteGivesTheSamePrintersAndAnotherSeedOthers() {
        assertEquals(demo.records(SITE, 50), demo.records(SITE, 50));
        assertNotEquals(demo.records(SITE, 50), demo.records(new DemoSite(SITE.locationIds(), 7), 50));
        assertEquals("printers", demo.collector());
        assertEquals(40, demo.order());
    }

    @Test
    void printersAreSpreadOverTheSiteWithDistinctAddressesAndNumbers() {
        List<Map<String, Object>> records = demo.records(SITE, 300);
        assertEquals(300, records.size());
        assertEquals(300, records.stream().map(record -> record.get("ipaddress")).distinct().count());
        assertEquals(300, records.stream().map(record -> record.get("macaddress")).distinct().count());
        assertEquals(300, records.stream().map(record -> record.get("assetnumber")).distinct().count());
        assertEquals(Set.of(11L, 12L, 13L), new HashSet<>(records.stream().map(record -> record.get("locationid")).toList()));
    }

    @Test
    void everyStatusAndSomeLowSuppliesShowUpSoTheWidgetsHaveSomethingToShow() {
        List<Map<String, Object>> records = demo.records(SITE, 300);
        assertEquals(Set.of("idle", "printing", "warning", "error", "offline"),
                new HashSet<>(records.stream().map(record -> record.get("printerstatus")).toList()));
        assertTrue(records.stream().flatMap(record -> supplies(record).stream()).anyMatch(supply -> (Long) supply.get("levelpercent") < 15));
    }

    @Test
    void recordsUseOnlyFieldsAndValuesTheCollectorSchemaKnows() throws Exception {
        JsonNode schema;
        try (InputStream in = getClass().getResourceAsStream("/schema/printers-collector.json")) {
            schema = new ObjectMapper().readTree(in);
        }
        JsonNode properties = schema.path("properties");
        JsonNode supplyProperties = properties.path("supplies").path("items").path("properties");
        for (Map<String, Object> record : demo.records(SITE, 100)) {
            record.forEach((field, value) -> {
                assertTrue(properties.has(field), field);
                assertAllowed(properties.path(field), value, field);
            });
            for (Map<String, Object> supply : supplies(record)) {
                supply.forEach((field, value) -> {
                    assertTrue(supplyProperties.has(field), field);
                    assertAllowed(supplyProperties.path(field), value, field);
                });
            }
            assertTrue(PrinterReport.FIELDS.contains("printerstatus") && record.containsKey("printerstatus"));
        }
    }

    private static void assertAllowed(JsonNode property, Object value, String field) {
        if (property.has("enum")) {
            Set<String> allowed = new HashSet<>();
            property.path("enum").forEach(option -> allowed.add(option.asText()));
            assertTrue(allowed.contains(String.valueOf(value)), field + " = " + value);
        }
        if (property.has("maxLength")) {
            assertTrue(value.toString().length() <= property.path("maxLength").asInt(), field);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> supplies(Map<String, Object> record) {
        return (List<Map<String, Object>>) record.getOrDefault("supplies", List.of());
    }
}
