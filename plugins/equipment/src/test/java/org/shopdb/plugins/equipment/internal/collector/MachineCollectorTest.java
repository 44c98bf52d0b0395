package org.shopdb.plugins.equipment.internal.collector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.shopdb.api.family.FamilyStore;
import org.shopdb.plugins.equipment.internal.MachineFields;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class MachineCollectorTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The example the plugin's docs show (docs/plugins/equipment.md), checked here so that it cannot rot. */
    static final Path EXAMPLE = Path.of("../../docs/examples/equipment-collector.json");

    private final MachineCollector collector = new MachineCollector((FamilyStore<MachineFields>) null);

    private static JsonNode recordSchema() throws IOException {
        try (InputStream in = MachineCollector.class.getResource(MachineCollector.RECORD_SCHEMA).openStream()) {
            return JSON.readTree(in);
        }
    }

    @Test
    void machinesAreKeyedByMachineNumberWhichTheSchemaRequires() throws IOException {
        assertEquals("equipment", collector.name());
        assertEquals(List.of("machinenumber"), collector.naturalKey());
        JsonNode schema = recordSchema();
        assertEquals("https://json-schema.org/draft/2020-12/schema", schema.path("$schema").asText());
        assertEquals("machinenumber", schema.path("required").get(0).asText());
        assertFalse(schema.path("additionalProperties").asBoolean(true), "a typo in a script is refused, not ignored");
        schema.path("properties").properties().forEach(property -> assertTrue(property.getValue().hasNonNull("title"), property.getKey()));
    }

    @Test
    void theMachineNumberIsLookedUpAsTheTableKeepsIt() {
        assertEquals("M-0012", MachineCollector.machineNumber(Map.of("machinenumber", " m-0012 ")));
    }

    @Test
    void aMachineReportedTheFirstTimeIsNumberedAndNamedByWhatTheScriptSaw() {
        assertEquals(Map.of("assetnumber", "M-0012", "name", "DMG MORI DMU 50 M-0012"),
                MachineCollector.firstReported(Map.of("vendor", "DMG MORI", "model", "DMU 50"), "M-0012"));
        assertEquals("M-0033", MachineCollector.firstReported(Map.of(), "M-0033").get("name"));
    }

    @Test
    void theDocumentedExampleUsesOnlyFieldsAndCodesTheSchemaAccepts() throws IOException {
        JsonNode schema = recordSchema();
        JsonNode properties = schema.path("properties");
        JsonNode example = JSON.readTree(Files.readString(EXAMPLE));
        assertTrue(example.isArray() && example.size() >= 5, "a realistic batch");
        Set<String> machineNumbers = new HashSet<>();
        for (JsonNode record : example) {
            schema.path("required").forEach(required -> assertTrue(record.has(required.asText()), record + " has " + required));
            assertTrue(machineNumbers.add(record.path("machinenumber").asText()), "each machine once: the key is unique within a batch");
            record.properties().forEach(field -> {
                JsonNode property = properties.path(field.getKey());
                assertFalse(property.isMissingNode(), field.getKey() + " is a field of the record schema");
                if (property.has("enum")) {
                    assertTrue(property.path("enum").toString().contains("\"" + field.getValue().asText() + "\""), field.getKey() + " " + field.getValue());
                }
            });
        }
    }
}
