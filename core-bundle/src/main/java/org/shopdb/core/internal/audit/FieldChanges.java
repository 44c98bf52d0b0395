package org.shopdb.core.internal.audit;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.shopdb.api.audit.FieldChange;

/** The audit diff of two states of an entity, each given as its audited fields by name. */
public final class FieldChanges {

    private FieldChanges() {
    }

    /**
     * Fields whose value differs, old → new, in the order of {@code before}'s fields.
     * Both maps name the same fields; a side that does not exist (created, deleted) maps
     * each of them to {@code null}.
     */
    public static Map<String, FieldChange> between(Map<String, Object> before, Map<String, Object> after) {
        Map<String, FieldChange> changes = new LinkedHashMap<>();
        for (String field : before.keySet()) {
            Object old = before.get(field);
            Object now = after.get(field);
            if (!Objects.equals(old, now)) {
                changes.put(field, new FieldChange(old, now));
            }
        }
        return changes;
    }
}
