package org.shopdb.api.audit;

import java.time.Instant;
import java.util.Map;

/**
 * One recorded change.
 *
 * @param changes field name → old and new value; for a creation every set field, for a
 *                deletion the last values
 */
public record AuditEntry(long auditId, Instant occurredAt, Actor actor, AuditAction action,
        String entityType, String entityId, String entityName, Map<String, FieldChange> changes) {
}
