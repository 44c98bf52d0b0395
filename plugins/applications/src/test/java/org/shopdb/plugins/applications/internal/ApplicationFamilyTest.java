package org.shopdb.plugins.applications.internal;

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
import org.shopdb.api.family.RecordFields;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The family says what its table and schema hold: the core refuses to store a family that does not. */
class ApplicationFamilyTest {

    private static JsonNode properties() throws IOException {
        try (InputStream in = ApplicationFamily.INSTANCE.fieldSchema().openStream()) {
            return new ObjectMapper().readTree(in).path("properties");
        }
    }

    @Test
    void theFieldSchemaDescribesEveryFieldWithATitle() throws IOException {
        JsonNode properties = properties();
        List<String> fields = RecordFields.names(ApplicationFields.class);
        for (String field : fields) {
            assertTrue(properties.has(field), field + " is described in " + ApplicationFamily.FIELD_SCHEMA);
            assertTrue(properties.path(field).hasNonNull("title"), field + " has a title for the UI");
        }
        assertTrue(fields.stream().noneMatch(CommonFields.NAMES::contains), "the common fields live on the asset, not in the plugin's table");
    }

    @Test
    void filtersAndSortFieldsAreFieldsOfTheFamily() throws IOException {
        Set<String> fields = new HashSet<>(RecordFields.names(ApplicationFields.class));
        for (FilterParameter filter : ApplicationFamily.INSTANCE.filters()) {
            assertTrue(fields.contains(filter.column()), filter.parameter() + " filters a field of the family");
            assertTrue(properties().path(filter.column()).path("x-filterable").asBoolean(), filter.column() + " is marked x-filterable for the UI");
        }
        assertTrue(fields.containsAll(ApplicationFamily.INSTANCE.sortable()));
    }

    @Test
    void readingValuesTrimsTextAndKeepsBlankAsNothing() {
        assertEquals(new ApplicationFields(null, "CAD/CAM", null, 5, java.time.LocalDate.parse("2027-06-30")),
                RecordFields.read(ApplicationFields.class, Map.of("vendor", "  ", "category", " CAD/CAM ", "licensedseats", 5L,
                        "supportends", "2027-06-30")));
    }

    @Test
    void theVendorIsMatchedIgnoringCaseAndNoVendorIsTheEmptyOne() {
        assertEquals("siemens", ApplicationEntity.vendorKey(" Siemens "));
        assertEquals("", ApplicationEntity.vendorKey(null));
    }
}
