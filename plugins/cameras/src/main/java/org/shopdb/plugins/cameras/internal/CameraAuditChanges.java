package org.shopdb.plugins.cameras.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.shopdb.api.audit.FieldChange;

/** What changed in the camera-specific fields, old → new, for the audit trail (entity type {@code camera}). */
public final class CameraAuditChanges {

    private CameraAuditChanges() {
    }

    /** Every set field, from nothing. */
    public static Map<String, FieldChange> created(CameraFields fields) {
        return between(null, fields);
    }

    /** Every set field, to nothing. */
    public static Map<String, FieldChange> deleted(CameraFields fields) {
        return between(fields, null);
    }

    /** Fields whose value differs; a missing side counts as all {@code null}. */
    public static Map<String, FieldChange> between(CameraFields before, CameraFields after) {
        Map<String, Object> from = before == null ? Map.of() : before.byName();
        Map<String, Object> to = after == null ? Map.of() : after.byName();
        Map<String, FieldChange> changes = new LinkedHashMap<>();
        for (String field : (after != null ? to : from).keySet()) {
            Object old = from.get(field);
            Object now = to.get(field);
            if (!Objects.equals(old, now)) {
                changes.put(field, new FieldChange(old, now));
            }
        }
        return changes;
    }
}
