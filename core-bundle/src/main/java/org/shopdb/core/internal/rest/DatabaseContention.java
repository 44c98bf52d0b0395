package org.shopdb.core.internal.rest;

import java.sql.SQLException;
import java.util.Set;

/**
 * Tells a write that waited too long for a lock, or lost a deadlock, apart from a bug, anywhere in a
 * cause chain: nothing was written and the same request may well succeed a moment later (503), as
 * while the embedded database builds its search index after an upgrade (ADR 0006).
 */
final class DatabaseContention {

    /** H2's lock timeout, and the standard SQLSTATE of a transaction rolled back for a deadlock or serialization failure. */
    private static final Set<String> SQL_STATES = Set.of("HYT00", "40001");
    /** MySQL/MariaDB: lock wait timeout exceeded, deadlock found. */
    private static final Set<Integer> MYSQL_ERRORS = Set.of(1205, 1213);

    private DatabaseContention() {
    }

    static boolean isContention(Throwable failure) {
        return CauseChain.anyMatch(failure, cause -> cause instanceof SQLException sql
                && (SQL_STATES.contains(sql.getSQLState()) || MYSQL_ERRORS.contains(sql.getErrorCode())));
    }
}
