package org.shopdb.plugins.printers.internal.collector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.shopdb.api.family.RecordFields;
import org.shopdb.plugins.printers.internal.PrinterFields;
import org.shopdb.plugins.printers.internal.report.PrinterReport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class PrinterCollectorTest {

    private final PrinterCollector collector = new PrinterCollector(null, null, Clock.systemUTC());

    @Test
    void aPrinterFirstReportedIsNumberedByItsMacAndNamedByWhatThePollerRead() {
        assertEquals(Map.of("assetnumber", "PRN-00074D0A0B0C", "name", "Zebra ZT410 prn-hall2-lbl"),
                PrinterCollector.firstReported(Map.of("ipaddress", "10.20.4.31", "macaddress", "00-07-4d-0a-0b-0c", "hostname", "prn-hall2-lbl",
                        "vendor", "Zebra", "model", "ZT410")));
    }

    @Test
    void withoutAMacItIsNumberedAndNamedByItsAddress() {
        assertEquals(Map.of("assetnumber", "PRN-10-20-4-31", "name", "10.20.4.31"), PrinterCollector.firstReported(Map.of("ipaddress", "10.20.4.31")));
    }

    @Test
    void theReportIsTakenOutOfWhatDescribesThePrinter() {
        Map<String, Object> described = PrinterCollector.described(Map.of("ipaddress", "10.20.4.31", "model", "ZT410", "printerstatus", "idle",
                "statusmessage", "Ready", "pagecount", 5L, "supplies", List.of(), "reportedat", "2026-11-25T08:00:00Z"));
        assertEquals(Map.of("ipaddress", "10.20.4.31", "model", "ZT410"), described);
    }

    @Test
    void keyedByTheAddressPolledWithASchemaThatRequiresItAndKnowsEveryField() throws Exception {
        assertEquals("printers", collector.name());
        assertEquals(List.of("ipaddress"), collector.naturalKey());
        JsonNode schema;
        try (InputStream in = collector.recordSchema().openStream()) {
            schema = new ObjectMapper().readTree(in);
        }
        assertEquals("https://json-schema.org/draft/2020-12/schema", schema.path("$schema").asText());
        assertEquals("ipaddress", schema.path("required").get(0).asText());
        assertFalse(schema.path("additionalProperties").asBoolean(true));
        assertFalse(schema.path("properties").path("supplies").path("items").path("additionalProperties").asBoolean(true));
        Set<String> fields = new HashSet<>();
        schema.path("properties").fieldNames().forEachRemaining(fields::add);
        assertTrue(fields.containsAll(PrinterReport.FIELDS), "every report field is in the record schema");
        for (String field : RecordFields.names(PrinterFields.class)) {
            assertTrue(fields.contains(field) || field.equals("statussince"), field + " can be reported");
        }
        schema.path("properties").fields().forEachRemaining(field -> assertTrue(field.getValue().hasNonNull("title"), field.getKey()));
    }
}
