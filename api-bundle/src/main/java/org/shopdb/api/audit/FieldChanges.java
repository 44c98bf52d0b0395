package org.shopdb.api.audit;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The changed fields of an audit row, from the values before and after a write.
 *
 * @since 1.1
 */
public final class FieldChanges {

    private FieldChanges() {
    }

    /**
     * The fields whose value differs, old → new, in the order the maps list them; a missing
     * side ({@code null}, as on create or delete) counts as all {@code null}.
     */
    public static Map<String, FieldChange> between(Map<String, ?> before, Map<String, ?> after) {
        Map<String, ?> from = before == null ? Map.of() : before;
        Map<String, ?> to = after == null ? Map.of() : after;
        Set<String> names = new LinkedHashSet<>(from.keySet());
        names.addAll(to.keySet());
        Map<String, FieldChange> changes = new LinkedHashMap<>();
        for (String name : names) {
            Object old = from.get(name);
            Object now = to.get(name);
            if (!Objects.equals(old, now)) {
                changes.put(name, new FieldChange(old, now));
            }
        }
        return changes;
    }
}
