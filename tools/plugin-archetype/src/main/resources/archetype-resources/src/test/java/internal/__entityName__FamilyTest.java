package ${package}.internal;

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
class ${entityName}FamilyTest {

    private static JsonNode properties() throws IOException {
        try (InputStream in = ${entityName}Family.INSTANCE.fieldSchema().openStream()) {
            return new ObjectMapper().readTree(in).path("properties");
        }
    }

    @Test
    void theFieldSchemaDescribesEveryFieldWithATitle() throws IOException {
        JsonNode properties = properties();
        List<String> fields = RecordFields.names(${entityName}Fields.class);
        for (String field : fields) {
            assertTrue(properties.has(field), field + " is described in " + ${entityName}Family.FIELD_SCHEMA);
            assertTrue(properties.path(field).hasNonNull("title"), field + " has a title for the UI");
        }
        assertTrue(fields.stream().noneMatch(CommonFields.NAMES::contains), "the common fields live on the asset, not in the plugin's table");
    }

    @Test
    void filtersAndSortFieldsAreFieldsOfTheFamily() throws IOException {
        Set<String> fields = new HashSet<>(RecordFields.names(${entityName}Fields.class));
        for (FilterParameter filter : ${entityName}Family.INSTANCE.filters()) {
            assertTrue(fields.contains(filter.column()), filter.parameter() + " filters a field of the family");
            if (filter.parameter().equals(filter.column())) { // x-filterable: a query parameter of the field's own name
                assertTrue(properties().path(filter.column()).path("x-filterable").asBoolean(), filter.column() + " is marked x-filterable for the UI");
            }
        }
        assertTrue(fields.containsAll(${entityName}Family.INSTANCE.sortable()));
    }

    @Test
    void readingValuesTrimsTextAndKeepsBlankAsNothing() {
        assertEquals(new ${entityName}Fields(null, "M-100"),
                RecordFields.read(${entityName}Fields.class, Map.of("vendor", "  ", "model", " M-100 ")));
    }
}
