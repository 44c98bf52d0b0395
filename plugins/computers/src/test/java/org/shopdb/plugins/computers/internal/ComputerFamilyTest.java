package org.shopdb.plugins.computers.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.LinkedHashMap;
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
class ComputerFamilyTest {

    private static JsonNode properties() throws IOException {
        try (InputStream in = ComputerFamily.INSTANCE.fieldSchema().openStream()) {
            return new ObjectMapper().readTree(in).path("properties");
        }
    }

    @Test
    void theFieldSchemaDescribesEveryFieldWithATitleAndLastInventoryIsReadOnly() throws IOException {
        JsonNode properties = properties();
        List<String> fields = RecordFields.names(ComputerFields.class);
        for (String field : fields) {
            assertTrue(properties.has(field), field + " is described in " + ComputerFamily.FIELD_SCHEMA);
            assertTrue(properties.path(field).hasNonNull("title"), field + " has a title for the UI");
        }
        assertTrue(fields.stream().noneMatch(CommonFields.NAMES::contains), "the common fields live on the asset, not in the plugin's table");
        assertTrue(properties.path("lastinventory").path("readOnly").asBoolean(), "collectors move lastinventory, users cannot");
    }

    @Test
    void aComputerKeepsItsOwnHostnameAndSoShowsNoPrimaryAddress() throws IOException {
        JsonNode properties = properties();
        assertTrue(RecordFields.names(ComputerFields.class).contains("hostname"));
        for (String address : PrimaryAddress.NAMES) {
            if (!address.equals("hostname")) {
                assertTrue(!properties.has(address), address + " is not described: a PC's addresses are the asset's, several of them");
            }
        }
    }

    @Test
    void filtersAndSortFieldsAreFieldsOfTheFamilyMarkedForTheUi() throws IOException {
        Set<String> fields = new HashSet<>(RecordFields.names(ComputerFields.class));
        for (FilterParameter filter : ComputerFamily.INSTANCE.filters()) {
            assertTrue(fields.contains(filter.column()), filter.parameter() + " filters a field of the family");
            if (filter.parameter().equals(filter.column())) {
                assertTrue(properties().path(filter.column()).path("x-filterable").asBoolean(), filter.column() + " is marked x-filterable");
            }
        }
        assertTrue(fields.containsAll(ComputerFamily.INSTANCE.sortable()));
        assertTrue(fields.containsAll(ComputerFamily.INSTANCE.unique()));
    }

    @Test
    void rolesOfTheSchemaAreTheAgreedOnes() throws IOException {
        Set<String> roles = new HashSet<>();
        properties().path("role").path("enum").forEach(role -> roles.add(role.isNull() ? null : role.asText()));
        Set<String> agreed = new HashSet<>(List.of("machinecontroller", "cmm", "kiosk", "engineering", "office", "server", "other"));
        agreed.add(null);
        assertEquals(agreed, roles);
    }

    @Test
    void hostnamesAreKeptInLowerCaseAndUuidsInTheirCanonicalSpelling() {
        assertEquals("pc-cnc-0042", ComputerKeys.hostname(" PC-CNC-0042. "));
        assertEquals("4C4C4544-0042-3510-8052-B4C04F4A4D32", ComputerKeys.hardwareUuid("4c4c454400423510 8052b4c04f4a4d32".replace(" ", "")));
        assertEquals("4C4C4544-0042-3510-8052-B4C04F4A4D32", ComputerKeys.hardwareUuid("4c4c4544-0042-3510-8052-b4c04f4a4d32"));
        assertEquals("NOT-A-UUID", ComputerKeys.hardwareUuid(" not-a-uuid "), "left for the schema to refuse by name");
        assertNull(ComputerKeys.hostname("  "));
        Map<String, Object> body = new LinkedHashMap<>(Map.of("hostname", "PC-1", "model", "OptiPlex"));
        body.put("hardwareuuid", null);
        Map<String, Object> normal = ComputerKeys.normalised(body);
        assertEquals("pc-1", normal.get("hostname"));
        assertEquals("OptiPlex", normal.get("model"));
        assertTrue(normal.containsKey("hardwareuuid") && normal.get("hardwareuuid") == null, "an explicit null stays");
    }

    @Test
    void readingValuesTrimsTextAndKeepsBlankAsNothing() {
        ComputerFields fields = RecordFields.read(ComputerFields.class, Map.of("hostname", " pc-1 ", "model", "  ", "cpucores", 6L));
        assertEquals("pc-1", fields.hostname());
        assertNull(fields.model());
        assertEquals(6, fields.cpuCores());
    }
}
