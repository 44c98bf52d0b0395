package org.shopdb.core.internal.family;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.shopdb.api.family.RelationshipField;
import org.shopdb.api.family.RelationshipField.Direction;

/**
 * The relationship fields of a page of items ({@code controlledby}: the numbers of the assets
 * that {@code controls} each machine): one query per field over the core's
 * {@code assetrelationships}, whatever the page's size.
 */
final class FamilyRelations {

    private final List<RelationshipField> fields;
    private final NativeSql sql;

    FamilyRelations(List<RelationshipField> fields, NativeSql sql) {
        this.fields = List.copyOf(fields);
        this.sql = sql;
    }

    /** Per item id: every relationship field of the family, an empty list where it has no such relationship. */
    Map<Long, Map<String, List<String>>> of(List<Long> ids) {
        Map<Long, Map<String, List<String>>> related = new LinkedHashMap<>();
        if (fields.isEmpty() || ids.isEmpty()) {
            return related;
        }
        ids.forEach(id -> related.put(id, new LinkedHashMap<>()));
        for (RelationshipField field : fields) {
            List<Object> parameters = new ArrayList<>(ids.size() + 1);
            parameters.add(field.type());
            parameters.addAll(ids);
            Map<Long, List<String>> numbers = byItem(sql.rows(query(field, ids.size()), parameters));
            ids.forEach(id -> related.get(id).put(field.field(), numbers.getOrDefault(id, List.of())));
        }
        return related;
    }

    /**
     * Item id and related asset number, ordered by number; parameters: the relationship type,
     * then the {@code count} item ids.
     */
    static String query(RelationshipField field, int count) {
        boolean incoming = field.direction() == Direction.INCOMING;
        String item = incoming ? "r.toassetid" : "r.fromassetid";
        String other = incoming ? "r.fromassetid" : "r.toassetid";
        return "select " + item + ", a.assetnumber from assetrelationships r join assets a on a.assetid = " + other
                + " where r.relationshiptype = ? and " + item + " in (" + String.join(", ", Collections.nCopies(count, "?")) + ")"
                + " order by a.assetnumber";
    }

    /** The rows of {@link #query} as asset numbers per item id, in the rows' order. */
    static Map<Long, List<String>> byItem(List<?> rows) {
        Map<Long, List<String>> numbers = new LinkedHashMap<>();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            numbers.computeIfAbsent(((Number) columns[0]).longValue(), id -> new ArrayList<>()).add(String.valueOf(columns[1]));
        }
        return numbers;
    }
}
