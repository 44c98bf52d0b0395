package org.shopdb.plugins.printers.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.shopdb.api.family.CommonFields;
import org.shopdb.api.family.FilterParameter;
import org.shopdb.api.family.PrimaryAddress;
import org.shopdb.api.family.RecordFields;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The family says what its table and schema hold: the core refuses to store a family that does not. */
class PrinterFamilyTest {

    private static final List<String> REPORTED = List.of("pagecount", "printerstatus", "statusmessage", "statussince", "reportedat");

    private static JsonNode properties() throws IOException {
        try (InputStream in = PrinterFamily.INSTANCE.fieldSchema().openStream()) {
            return new ObjectMapper().readTree(in).path("properties");
        }
    }

    @Test
    void theFieldSchemaDescribesEveryFieldTheCommonOnesAndThePrimaryAddress() throws IOException {
        JsonNode properties = properties();
        List<String> fields = RecordFields.names(PrinterFields.class);
        for (String field : fields) {
            assertTrue(properties.has(field), field + " is described in " + PrinterFamily.FIELD_SCHEMA);
            assertTrue(properties.path(field).hasNonNull("title"), field + " has a title for the UI");
        }
        CommonFields.NAMES.forEach(field -> assertTrue(properties.has(field), field));
        PrimaryAddress.NAMES.forEach(field -> assertTrue(properties.has(field), field + ": printers have a primary address"));
    }

    @Test
    void whatCollectorsReportIsReadOnlyAndWhatOperatorsKnowIsNot() throws IOException {
        JsonNode properties = properties();
        for (String field : RecordFields.names(PrinterFields.class)) {
            assertEquals(REPORTED.contains(field), properties.path(field).path("readOnly").asBoolean(), field);
        }
    }

    @Test
    void kindsAndStatusesAreTheSameInSchemaAndCode() throws IOException {
        Set<String> statuses = new HashSet<>();
        properties().path("printerstatus").path("enum").forEach(value -> statuses.add(value.isNull() ? null : value.asText()));
        Set<String> codes = new HashSet<>();
        for (PrinterStatus status : PrinterStatus.values()) {
            codes.add(status.code());
        }
        codes.add(null);
        assertEquals(codes, statuses);
        assertEquals(6, properties().path("kind").path("enum").size(), "five kinds and none");
    }

    @Test
    void filtersAndSortFieldsAreFieldsOfTheFamilyAndFiltersByTheirOwnNameAreMarked() throws IOException {
        Set<String> fields = new HashSet<>(RecordFields.names(PrinterFields.class));
        for (FilterParameter filter : PrinterFamily.INSTANCE.filters()) {
            assertTrue(fields.contains(filter.column()), filter.parameter() + " filters a field of the family");
            if (filter.parameter().equals(filter.column())) {
                assertTrue(properties().path(filter.column()).path("x-filterable").asBoolean(), filter.column() + " is marked x-filterable");
            }
        }
        assertTrue(fields.containsAll(PrinterFamily.INSTANCE.sortable()));
        assertTrue(PrinterFamily.INSTANCE.filters().stream().anyMatch(filter -> filter.parameter().equals("printerstatus")),
                "the reported status is filtered as printerstatus: status is the asset's");
    }

    @Test
    void readingValuesTrimsTextKeepsBlankAsNothingAndCapabilitiesDefaultToNo() {
        PrinterFields fields = RecordFields.read(PrinterFields.class, Map.of("kind", "label", "vendor", " Zebra ", "model", "  ",
                "printqueue", "\\\\ps01\\HALL2-LBL"));
        assertEquals(new PrinterFields("label", "Zebra", null, "\\\\ps01\\HALL2-LBL", null, false, false, null, null, null, null, null), fields);
    }

    @Test
    void onlyWarningErrorAndOfflineNeedAttention() {
        assertTrue(PrinterStatus.WARNING.needsAttention() && PrinterStatus.ERROR.needsAttention() && PrinterStatus.OFFLINE.needsAttention());
        assertTrue(!PrinterStatus.IDLE.needsAttention() && !PrinterStatus.PRINTING.needsAttention());
        assertEquals(PrinterStatus.ERROR, PrinterStatus.of("error").orElseThrow());
        assertTrue(PrinterStatus.of("ERROR").isEmpty(), "codes are lower case, as the schema says");
    }
}
