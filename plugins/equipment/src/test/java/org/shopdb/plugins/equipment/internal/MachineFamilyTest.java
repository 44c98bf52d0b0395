package org.shopdb.plugins.equipment.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.shopdb.api.error.FieldError;
import org.shopdb.api.family.FilterParameter;
import org.shopdb.api.family.RecordFields;
import org.shopdb.api.family.RelationshipField;
import org.shopdb.testkit.ChangelogSchema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The family's rules and its agreement with its table and its field schema: the core refuses to store a family that disagrees. */
class MachineFamilyTest {

    private static JsonNode properties() throws IOException {
        try (InputStream in = MachineFamily.INSTANCE.fieldSchema().openStream()) {
            return new ObjectMapper().readTree(in).path("properties");
        }
    }

    private static MachineFields machine(String dncConnection, String dncAddress) {
        return new MachineFields("M-0012", "mill", null, null, null, null, null, null, dncConnection, dncAddress);
    }

    private static List<String> refusedFields(MachineFields fields) {
        return MachineFamily.INSTANCE.check(fields).stream().map(FieldError::field).toList();
    }

    @Test
    void machineNumbersAreKeptInUpperCaseSoTheyCompareIgnoringCase() {
        assertEquals("M-0012", RecordFields.read(MachineFields.class, Map.of("machinenumber", " m-0012 ")).machineNumber());
        assertEquals(new MachineFields("HALL2/L07", null, null, null, null, null, null, null, null, null),
                new MachineFields("hall2/l07", null, null, null, null, null, null, null, null, null));
    }

    @Test
    void installDateIsADate() {
        assertEquals(LocalDate.of(2019, 4, 15), RecordFields.read(MachineFields.class, Map.of("installdate", "2019-04-15")).installDate());
    }

    @Test
    void dncAddressesOfEveryKindWithTheirConnectionAreFine() {
        for (String[] connection : new String[][] {{"serial", "dnc01 COM4 9600 7E2"}, {"ftp", "ftp://10.20.5.21/"},
                {"share", "\\\\dnc01\\nc-programs\\M-0012"}, {"mtconnect", "http://10.20.4.114:5000/"}, {"manual", null}, {null, null}}) {
            assertEquals(List.of(), refusedFields(machine(connection[0], connection[1])), String.join(" ", String.valueOf(connection[0])));
        }
    }

    @Test
    void aDncAddressNeedsItsConnection() {
        assertEquals(List.of("dncconnection"), refusedFields(machine(null, "ftp://10.20.5.21/")));
    }

    @Test
    void credentialsInTheDncAddressAreRefusedWithoutEchoingThem() {
        List<FieldError> refused = MachineFamily.INSTANCE.check(machine("ftp", "ftp://cnc:secret@10.20.5.21/programs"));
        assertEquals(List.of("dncaddress"), refused.stream().map(FieldError::field).toList());
        assertFalse(refused.get(0).message().contains("secret"));
        assertTrue(MachineFamily.hasCredentials("ftp://cnc:s e c@10.20.5.21/"), "even where the URL does not parse");
        assertFalse(MachineFamily.hasCredentials("\\\\dnc01\\programs@hall2"), "a share is no URL");
    }

    @Test
    void controlledByIsTheIncomingControlsRelationshipDescribedReadOnly() throws IOException {
        assertEquals(List.of(RelationshipField.incoming("controlledby", "controls")), MachineFamily.INSTANCE.relationshipFields());
        JsonNode controlledBy = properties().path("controlledby");
        assertTrue(controlledBy.path("readOnly").asBoolean(), "a client never sets it");
        assertEquals("array", controlledBy.path("type").asText());
    }

    @Test
    void theFieldSchemaDescribesEveryFieldWithATitleAndADescription() throws IOException {
        JsonNode properties = properties();
        for (String field : RecordFields.names(MachineFields.class)) {
            assertTrue(properties.has(field), field + " is described in " + MachineFamily.FIELD_SCHEMA);
        }
        properties.properties().forEach(property -> {
            assertTrue(property.getValue().hasNonNull("title"), property.getKey() + " has a title");
            assertTrue(property.getValue().hasNonNull("description"), property.getKey() + " has a description");
        });
    }

    @Test
    void theFiltersAreTheIssuesAndAreMarkedFilterable() throws IOException {
        Set<String> fields = new HashSet<>(RecordFields.names(MachineFields.class));
        List<String> parameters = MachineFamily.INSTANCE.filters().stream().map(FilterParameter::parameter).toList();
        assertTrue(parameters.containsAll(List.of("kind", "controllervendor", "vendor")), parameters.toString());
        for (FilterParameter filter : MachineFamily.INSTANCE.filters()) {
            assertTrue(fields.contains(filter.column()), filter.parameter() + " filters a field of the family");
            assertTrue(properties().path(filter.column()).path("x-filterable").asBoolean(), filter.column() + " is marked x-filterable");
        }
        assertTrue(fields.containsAll(MachineFamily.INSTANCE.sortable()));
        assertTrue(fields.containsAll(MachineFamily.INSTANCE.unique()));
    }

    @Test
    void theTableHasAColumnForEveryFieldAndTheMachineNumberIsUnique() {
        ChangelogSchema changelog = EquipmentChangelog.read();
        Set<String> columns = new HashSet<>(RecordFields.names(MachineFields.class));
        columns.addAll(Set.of("assetid", "version"));
        assertEquals(columns, changelog.tables().get(MachineFamily.TABLE).columns());
        assertTrue(changelog.namedObjects().contains(new ChangelogSchema.NamedObject("unique", "uq_equipment_machinenumber", "equipment")),
                changelog.namedObjects().toString());
    }
}
