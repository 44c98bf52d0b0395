package org.shopdb.api.audit;

import java.time.Instant;

import org.shopdb.api.paging.PageRequest;

/**
 * Filters of the audit trail; {@code null} means "any". Results are newest first.
 *
 * @param from inclusive
 * @param to   exclusive
 */
public record AuditQuery(String entityType, String entityId, String actor, AuditAction action, Instant from, Instant to,
        PageRequest page) {
}
