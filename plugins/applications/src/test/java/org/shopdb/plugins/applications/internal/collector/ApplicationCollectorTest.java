package org.shopdb.plugins.applications.internal.collector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.shopdb.api.error.ValidationException;
import org.shopdb.plugins.applications.internal.catalog.CatalogKey;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class ApplicationCollectorTest {

    @Test
    void aProgramListedTwiceCountsOnceInItsHighestVersion() {
        Map<CatalogKey, ApplicationCollector.Program> programs = ApplicationCollector.programs(List.of(
                Map.of("name", "Java Runtime", "vendor", "Oracle", "version", "1.8.0_401"),
                Map.of("name", "JAVA RUNTIME", "vendor", "oracle", "version", "1.8.0_91"),
                Map.of("name", "Siemens NX", "vendor", "Siemens", "version", "2306.4000", "installdate", "2026-01-12"),
                Map.of("name", "Notepad")));
        assertEquals(3, programs.size());
        assertEquals("1.8.0_401", programs.get(CatalogKey.of("java runtime", "oracle")).installed().version());
        assertEquals(LocalDate.parse("2026-01-12"), programs.get(CatalogKey.of("Siemens NX", "Siemens")).installed().installDate());
        assertEquals(null, programs.get(CatalogKey.of("Notepad", null)).installed().version());
    }

    @Test
    void aDateThatDoesNotExistIsRefused() {
        assertThrows(ValidationException.class, () -> ApplicationCollector.programs(List.of(Map.of("name", "X", "installdate", "2026-02-30"))));
    }

    @Test
    void theRecordSchemaRequiresTheKeyAndTheSoftwareAndRefusesUnknownFields() throws IOException {
        JsonNode schema;
        try (InputStream in = ApplicationCollector.class.getResource(ApplicationCollector.SCHEMA).openStream()) {
            schema = new ObjectMapper().readTree(in);
        }
        assertEquals("https://json-schema.org/draft/2020-12/schema", schema.path("$schema").asText());
        assertEquals("hostname", schema.path("required").get(0).asText());
        assertEquals(false, schema.path("additionalProperties").asBoolean(true));
        assertEquals(false, schema.path("properties").path("software").path("items").path("additionalProperties").asBoolean(true));
    }
}
