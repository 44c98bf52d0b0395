package org.shopdb.plugins.equipment.internal.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.shopdb.api.family.RecordFields;
import org.shopdb.api.plugin.DemoSite;
import org.shopdb.plugins.equipment.internal.MachineFamily;
import org.shopdb.plugins.equipment.internal.MachineFields;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class MachineDemoDataTest {

    private final MachineDemoData demo = new MachineDemoData();
    private final DemoSite site = new DemoSite(List.of(11L, 12L, 13L), 42);

    @Test
    void theSameSiteAndCountGiveTheSameMachinesNumberedForTheDemo() {
        List<Map<String, Object>> machines = demo.records(site, 30);
        assertEquals(machines, demo.records(site, 30));
        assertNotEquals(machines, demo.records(new DemoSite(site.locationIds(), 43), 30));
        assertEquals("M-DEMO-001", machines.get(0).get("machinenumber"));
        assertEquals(30, machines.stream().map(machine -> machine.get("machinenumber")).distinct().count());
        assertEquals(List.of(11L, 12L, 13L, 11L), machines.stream().limit(4).map(machine -> machine.get("locationid")).toList());
        assertEquals(5, demo.order(), "before the computers (10), whose demo PCs control these machines");
        assertEquals("equipment", demo.collector());
    }

    @Test
    void everyRecordIsOneTheCollectorAcceptsAndPassesTheFamilysRules() throws IOException {
        JsonNode properties;
        try (InputStream in = MachineFamily.class.getResourceAsStream("/schema/equipment-collector.json")) {
            properties = new ObjectMapper().readTree(in).path("properties");
        }
        Set<String> kinds = demo.records(site, 100).stream().map(machine -> (String) machine.get("kind")).collect(Collectors.toSet());
        assertTrue(kinds.size() >= 6, "a varied shop floor: " + kinds);
        for (Map<String, Object> machine : demo.records(site, 100)) {
            machine.forEach((field, value) -> {
                JsonNode property = properties.path(field);
                assertTrue(!property.isMissingNode(), field);
                if (property.has("enum")) {
                    assertTrue(property.path("enum").toString().contains("\"" + value + "\""), field + " " + value);
                }
                if (property.has("maxLength")) {
                    assertTrue(String.valueOf(value).length() <= property.path("maxLength").asInt(), field + " " + value);
                }
            });
            assertEquals(List.of(), MachineFamily.INSTANCE.check(RecordFields.read(MachineFields.class, machine)), machine.toString());
        }
    }
}
