package org.shopdb.core.internal.family;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.shopdb.api.family.FilterParameter;

class FamilyDefinitionTest {

    private static String refusal(TestFamily<?> family) {
        return assertThrows(IllegalArgumentException.class, () -> FamilyDefinition.of(family)).getMessage();
    }

    @Test
    void aWellDeclaredFamilyIsAccepted() {
        assertDoesNotThrow(() -> FamilyDefinition.of(TestFamily.printers()));
    }

    @Test
    void aTableNameThatIsNotALowerCaseIdentifierIsRefusedNamingThePluginAndTheFix() {
        String message = refusal(new TestFamily<>(TestFamily.PrinterFields.class) {
            @Override
            public String table() {
                return "printers; drop table assets";
            }
        });
        assertTrue(message.startsWith("Plugin 'org.shopdb.plugins.printers'"), message);
        assertTrue(message.contains("lower-case concatenated"), message);
        assertTrue(message.contains("docs/PLUGIN-HOOKS.md"), message);
    }

    @Test
    void filtersSortFieldsAndUniqueFieldsMustBeFieldsOfTheFamily() {
        String message = refusal(new TestFamily<>(TestFamily.PrinterFields.class) {
            @Override
            public List<FilterParameter> filters() {
                return List.of(FilterParameter.text("colour"));
            }

            @Override
            public Set<String> sortable() {
                return Set.of("speed");
            }

            @Override
            public Set<String> unique() {
                return Set.of("macaddress", "serial");
            }
        });
        assertTrue(message.contains("'colour'") && message.contains("'speed'") && message.contains("'serial'"), message);
        assertTrue(!message.contains("'macaddress'"), "the primary address's MAC may be unique: " + message);
    }

    @Test
    void aFieldTheSchemaDoesNotDescribeOrAnUnreadableSchemaIsRefused() {
        assertTrue(refusal(new TestFamily<>(TestFamily.PrinterFields.class) {
            @Override
            public URL fieldSchema() {
                return null;
            }
        }).contains("names no field schema"));
    }

    public record Clashing(String name, java.util.Map<String, String> extras) implements org.shopdb.api.family.FamilyFields {
    }

    @Test
    void fieldsThatClashWithTheCommonOnesOrHaveUnsupportedTypesAreRefused() {
        String message = refusal(new TestFamily<>(Clashing.class));
        assertTrue(message.contains("clashes with the common field 'name'"), message);
        assertTrue(message.contains("field 'extras' has type Map"), message);
    }

    @Test
    void aFamilyWhoseSchemaShowsNoAddressHasNoneAndCannotKeepMacsUnique() {
        TestFamily<TestFamily.PrinterFields> unaddressed = new TestFamily<>(TestFamily.PrinterFields.class) {
            @Override
            public URL fieldSchema() {
                return TestFamily.class.getResource("/family/printers-without-address.json");
            }

            @Override
            public Set<String> unique() {
                return Set.of();
            }
        };
        assertTrue(!FamilyDefinition.of(unaddressed).hasAddress());
        assertTrue(FamilyDefinition.of(TestFamily.printers()).hasAddress());
        assertTrue(refusal(new TestFamily<>(TestFamily.PrinterFields.class) {
            @Override
            public URL fieldSchema() {
                return TestFamily.class.getResource("/family/printers-without-address.json");
            }

            @Override
            public Set<String> unique() {
                return Set.of("macaddress");
            }
        }).contains("unique field 'macaddress' needs the primary address"));
    }

    @Test
    void theManagementIpOfThePrimaryAddressMayBeUniqueOnlyWhereItemsHaveOne() {
        assertDoesNotThrow(() -> FamilyDefinition.of(new TestFamily<>(TestFamily.PrinterFields.class) {
            @Override
            public Set<String> unique() {
                return Set.of("ipaddress", "macaddress");
            }
        }));
        String message = refusal(new TestFamily<>(TestFamily.PrinterFields.class) {
            @Override
            public URL fieldSchema() {
                return TestFamily.class.getResource("/family/printers-without-address.json");
            }

            @Override
            public Set<String> unique() {
                return Set.of("ipaddress");
            }
        });
        assertTrue(message.contains("unique field 'ipaddress' needs the primary address"), message);
    }

    public record HostFields(String hostname, String domain) implements org.shopdb.api.family.FamilyFields {
    }

    private static TestFamily<HostFields> hosts(String schema) {
        return new TestFamily<>(HostFields.class) {
            @Override
            public URL fieldSchema() {
                return TestFamily.class.getResource(schema);
            }

            @Override
            public List<FilterParameter> filters() {
                return List.of(FilterParameter.text("hostname"));
            }

            @Override
            public Set<String> sortable() {
                return Set.of("hostname");
            }

            @Override
            public Set<String> unique() {
                return Set.of("hostname");
            }
        };
    }

    @Test
    void aFamilyMayKeepAHostnameOfItsOwnAndThenShowsNoPrimaryAddress() {
        FamilyDefinition<HostFields> definition = FamilyDefinition.of(hosts("/family/hosts.json"));
        assertTrue(!definition.hasAddress(), "its hostname is a column, not the primary address's");
        assertTrue(definition.hasColumn("hostname"));
        String message = refusal(hosts("/family/printers.json"));
        assertTrue(message.contains("[hostname] are the family's own columns") && message.contains("[ipaddress, macaddress]"), message);
    }
}
