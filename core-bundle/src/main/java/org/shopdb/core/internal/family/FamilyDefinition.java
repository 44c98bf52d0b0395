package org.shopdb.core.internal.family;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.shopdb.api.family.AssetFamily;
import org.shopdb.api.family.CommonFields;
import org.shopdb.api.family.FamilyFields;
import org.shopdb.api.family.FilterParameter;
import org.shopdb.api.family.PrimaryAddress;
import org.shopdb.api.family.RecordFields;
import org.shopdb.api.family.RelationshipField;

/**
 * A plugin's {@link AssetFamily}, checked once when its store is made: names that go into SQL
 * are lower-case identifiers of the family's own table, so that no request value ever becomes
 * SQL text; plus what the store looks up per field.
 */
final class FamilyDefinition<F extends Record & FamilyFields> {

    private static final Pattern IDENTIFIER = Pattern.compile("[a-z][a-z0-9]{0,62}");
    private static final Set<Class<?>> SUPPORTED = Set.of(String.class, Integer.class, int.class, Long.class, long.class,
            Boolean.class, boolean.class, BigDecimal.class, Double.class, double.class, Instant.class, LocalDate.class);
    private static final Set<String> RESERVED = Set.of("assetid", "version");
    /** Unique fields of the primary address rather than of the plugin's table. */
    static final String UNIQUE_MAC = "macaddress";
    static final String UNIQUE_IP = "ipaddress";
    private static final Set<String> ADDRESS_UNIQUE = Set.of(UNIQUE_MAC, UNIQUE_IP);

    private final AssetFamily<F> family;
    private final FamilySchema schema;
    private final Map<String, Class<?>> columns;
    private final boolean addressed;

    private FamilyDefinition(AssetFamily<F> family, FamilySchema schema, Map<String, Class<?>> columns, boolean addressed) {
        this.family = family;
        this.schema = schema;
        this.columns = columns;
        this.addressed = addressed;
    }

    /** @throws IllegalArgumentException naming the plugin, what is wrong and the fix */
    static <F extends Record & FamilyFields> FamilyDefinition<F> of(AssetFamily<F> family) {
        String plugin = "Plugin '" + family.owner() + "'";
        List<String> problems = new ArrayList<>();
        if (family.table() == null || !IDENTIFIER.matcher(family.table()).matches()) {
            problems.add("table '" + family.table() + "' is not a lower-case concatenated name such as 'cameras'");
        }
        Map<String, Class<?>> columns = new LinkedHashMap<>();
        for (RecordComponent component : family.fieldsType().getRecordComponents()) {
            String column = component.getName().toLowerCase(Locale.ROOT);
            if (!IDENTIFIER.matcher(column).matches() || RESERVED.contains(column)) {
                problems.add("field '" + component.getName() + "' does not name a column of its own (lower-case letters and digits; not assetid or version)");
            } else if (CommonFields.NAMES.contains(column)) {
                problems.add("field '" + component.getName() + "' clashes with the common field '" + column + "' every item already has");
            } else if (!SUPPORTED.contains(component.getType())) {
                problems.add("field '" + component.getName() + "' has type " + component.getType().getSimpleName()
                        + "; use String, Integer, Long, Boolean, BigDecimal, Double, Instant or LocalDate");
            }
            columns.put(column, component.getType());
        }
        for (FilterParameter filter : family.filters()) {
            requireColumn(problems, columns, filter.column(), "filter '" + filter.parameter() + "'");
        }
        family.sortable().forEach(column -> requireColumn(problems, columns, column, "sortable field"));
        family.unique().stream().filter(field -> !ADDRESS_UNIQUE.contains(field))
                .forEach(column -> requireColumn(problems, columns, column, "unique field"));
        FamilySchema schema = null;
        boolean addressed = false;
        try {
            schema = FamilySchema.load(family.fieldSchema());
            List<String> described = new ArrayList<>(CommonFields.NAMES);
            described.addAll(RecordFields.names(family.fieldsType()));
            for (String field : described) {
                if (!schema.knows(field)) {
                    problems.add("the field schema does not describe field '" + field + "'");
                }
            }
            List<String> ownAddressNames = PrimaryAddress.NAMES.stream().filter(columns::containsKey).toList();
            List<String> addressFields = PrimaryAddress.NAMES.stream().filter(field -> !columns.containsKey(field)).filter(schema::knows).toList();
            addressed = ownAddressNames.isEmpty() && addressFields.size() == PrimaryAddress.NAMES.size();
            if (!ownAddressNames.isEmpty() && !addressFields.isEmpty()) {
                problems.add("field(s) " + ownAddressNames + " are the family's own columns, so its items have no primary address: the field schema must not describe "
                        + addressFields);
            } else if (!addressFields.isEmpty() && !addressed) {
                problems.add("the field schema describes part of the primary address: describe all of " + PrimaryAddress.NAMES + " or none");
            }
            if (!addressed) {
                family.unique().stream().filter(ADDRESS_UNIQUE::contains).sorted().forEach(field -> problems.add(
                        "unique field '" + field + "' needs the primary address, which the field schema does not describe"));
            }
            checkRelationshipFields(problems, family, columns, schema);
        } catch (IllegalArgumentException unreadable) {
            problems.add(unreadable.getMessage());
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(plugin + ": its asset family '" + family.typeCode() + "' cannot be stored: "
                    + String.join("; ", problems) + ". Fix the plugin's AssetFamily, its fields record or schema (docs/PLUGIN-HOOKS.md, Asset families).");
        }
        return new FamilyDefinition<>(family, schema, columns, addressed);
    }

    /** A relationship field is a name of its own, described by the schema as read only (a request never sets it). */
    private static void checkRelationshipFields(List<String> problems, AssetFamily<?> family, Map<String, Class<?>> columns, FamilySchema schema) {
        Set<String> seen = new HashSet<>();
        for (RelationshipField related : family.relationshipFields()) {
            String field = related.field();
            if (!IDENTIFIER.matcher(field).matches() || RESERVED.contains(field) || ItemChecks.BOOKKEEPING.contains(field)) {
                problems.add("relationship field '" + field + "' is not a name of its own (lower-case letters and digits; not assetid, version or a date)");
            } else if (columns.containsKey(field) || CommonFields.NAMES.contains(field) || PrimaryAddress.NAMES.contains(field) || !seen.add(field)) {
                problems.add("relationship field '" + field + "' clashes with another field of the same name");
            } else if (!schema.knows(field) || !schema.isReadOnly(field)) {
                problems.add("the field schema does not describe relationship field '" + field + "' as \"readOnly\": true");
            }
        }
    }

    private static void requireColumn(List<String> problems, Map<String, Class<?>> columns, String column, String what) {
        if (!columns.containsKey(column)) {
            problems.add(what + " names '" + column + "', which is not one of the family's fields " + columns.keySet());
        }
    }

    AssetFamily<F> family() {
        return family;
    }

    FamilySchema schema() {
        return schema;
    }

    /**
     * Whether items show a primary address: the field schema describes {@code ipaddress},
     * {@code macaddress} and {@code hostname}, and none of them is a column of the family's own
     * (a family of hosts may keep its {@code hostname}, and then shows no primary address).
     */
    boolean hasAddress() {
        return addressed;
    }

    String table() {
        return family.table();
    }

    boolean hasColumn(String column) {
        return columns.containsKey(column);
    }

    /** @throws IllegalArgumentException when {@code column} is not a time column of the family */
    void requireTimeColumn(String column) {
        if (columns.get(column) != Instant.class) {
            throw new IllegalArgumentException("'" + column + "' is not a time (Instant) field of family '" + family.typeCode() + "'");
        }
    }

    List<String> columns() {
        return List.copyOf(columns.keySet());
    }
}
