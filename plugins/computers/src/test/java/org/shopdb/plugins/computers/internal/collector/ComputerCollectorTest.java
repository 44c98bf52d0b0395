package org.shopdb.plugins.computers.internal.collector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.shopdb.api.error.ValidationException;
import org.shopdb.api.family.RecordFields;
import org.shopdb.plugins.computers.internal.ComputerFamily;
import org.shopdb.plugins.computers.internal.ComputerFields;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class ComputerCollectorTest {

    private static JsonNode read(java.net.URL url) throws IOException {
        try (InputStream in = url.openStream()) {
            return new ObjectMapper().readTree(in);
        }
    }

    @Test
    void aPcFirstSeenIsNumberedAndNamedByItsHostname() {
        assertEquals(Map.of("assetnumber", "PC-PC-CNC-0042", "name", "pc-cnc-0042"), ComputerCollector.firstSeen("pc-cnc-0042"));
        String longName = "a".repeat(80);
        assertEquals(ComputerCollector.ASSET_NUMBER_LENGTH, ComputerCollector.firstSeen(longName).get("assetnumber").toString().length(),
                "cut to the asset number's limit");
    }

    @Test
    void theRecordSchemaRequiresTheKeyRefusesUnknownFieldsAndOffersEveryStoredField() throws IOException {
        JsonNode schema = read(ComputerCollector.class.getResource(ComputerCollector.SCHEMA));
        assertEquals("https://json-schema.org/draft/2020-12/schema", schema.path("$schema").asText());
        assertEquals(List.of("hostname"), List.of(schema.path("required").get(0).asText()));
        assertEquals(false, schema.path("additionalProperties").asBoolean(true));
        Set<String> offered = new HashSet<>();
        schema.path("properties").fieldNames().forEachRemaining(offered::add);
        Set<String> settable = new HashSet<>(RecordFields.names(ComputerFields.class));
        settable.remove("lastinventory");
        assertTrue(offered.containsAll(settable), "every field a collector may set: " + offered);
        assertTrue(offered.containsAll(List.of("hardwareuuid", "serialnumber", "inventoriedat", "addresses", "controls")));
        JsonNode fieldSchema = read(ComputerFamily.INSTANCE.fieldSchema()).path("properties");
        offered.stream().filter(field -> !List.of("inventoriedat", "addresses", "controls").contains(field))
                .forEach(field -> assertTrue(fieldSchema.has(field), field + " is a field of the computer"));
    }

    @Test
    void anInventoryTakenAheadOfTheServersClockCountsAsTakenWhenItArrived() {
        Instant arrived = Instant.parse("2026-11-25T12:00:00.600Z");
        assertEquals(Instant.parse("2026-11-25T12:00:00Z"), ComputerCollector.inventoriedAt(null, arrived));
        assertEquals(Instant.parse("2026-11-25T08:00:00Z"), ComputerCollector.inventoriedAt("2026-11-25T08:00:00Z", arrived));
        assertEquals(Instant.parse("2026-11-25T12:00:00Z"), ComputerCollector.inventoriedAt("2026-11-25T14:00:00Z", arrived),
                "a PC clock two hours fast");
        assertThrows(ValidationException.class, () -> ComputerCollector.inventoriedAt("yesterday", arrived));
    }
}
