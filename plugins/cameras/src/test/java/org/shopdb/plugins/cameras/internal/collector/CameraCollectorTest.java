package org.shopdb.plugins.cameras.internal.collector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.shopdb.api.error.ValidationException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class CameraCollectorTest {

    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00.750Z");
    private final CameraCollector collector = new CameraCollector(null, Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void recordWithoutATimeWasSeenWhenItArrivedToTheSecond() {
        assertEquals(Instant.parse("2026-11-25T12:00:00Z"), collector.seenAt(null));
    }

    @Test
    void slightlyFastScriptClocksAreAcceptedButNotWrongOnes() {
        assertEquals(Instant.parse("2026-11-25T12:04:00Z"), collector.seenAt("2026-11-25T12:04:00Z"));
        assertThrows(ValidationException.class, () -> collector.seenAt("2026-11-25T13:00:00Z"));
    }

    @Test
    void aCameraFirstSeenIsNumberedByItsMacAndNamedByWhatTheScriptSaw() {
        assertEquals(Map.of("assetnumber", "CAM-B8A44F000007", "name", "Axis P3265 B8:A4:4F:00:00:07"),
                CameraCollector.firstSeen(Map.of("vendor", "Axis", "model", "P3265"), "B8:A4:4F:00:00:07"));
        assertEquals("B8:A4:4F:00:00:07", CameraCollector.firstSeen(Map.of(), "B8:A4:4F:00:00:07").get("name"));
    }

    @Test
    void declaresItsNameKeyAndASchemaThatRequiresTheKey() throws Exception {
        assertEquals("cameras", collector.name());
        assertEquals(java.util.List.of("macaddress"), collector.naturalKey());
        assertNotNull(collector.recordSchema());
        try (InputStream in = collector.recordSchema().openStream()) {
            JsonNode schema = new ObjectMapper().readTree(in);
            assertEquals("https://json-schema.org/draft/2020-12/schema", schema.path("$schema").asText());
            assertEquals("macaddress", schema.path("required").get(0).asText());
            schema.path("properties").fieldNames().forEachRemaining(field -> assertNotNull(field));
            assertEquals(false, schema.path("additionalProperties").asBoolean(true));
        }
    }
}
