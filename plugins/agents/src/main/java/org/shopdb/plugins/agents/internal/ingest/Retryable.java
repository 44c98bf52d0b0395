package org.shopdb.plugins.agents.internal.ingest;

import java.sql.SQLException;

import org.shopdb.api.error.ConflictException;

/**
 * Failures that another try may not meet: a unique value taken by a concurrent transaction
 * ({@link ConflictException} from the collectors, or the database's own unique-key violation:
 * SQLSTATE 23505, MySQL 1062), a deadlock or a lock wait the database ended (SQLSTATE 40001 /
 * 40XXX, MySQL 1205 and 1213, H2's lock timeout HYT00).
 */
final class Retryable {

    private static final int MYSQL_DUPLICATE_ENTRY = 1062;
    private static final int MYSQL_LOCK_WAIT_TIMEOUT = 1205;
    private static final int MYSQL_DEADLOCK = 1213;
    private static final String UNIQUE_VIOLATION = "23505";
    /** H2's "Timeout trying to lock table": its counterpart of MySQL's 1205. */
    private static final String H2_LOCK_TIMEOUT = "HYT00";
    private static final String TRANSACTION_ROLLBACK_CLASS = "40";

    private Retryable() {
    }

    static boolean isRetryable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof ConflictException || cause instanceof SQLException sql && isRetryable(sql)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isRetryable(SQLException failure) {
        String state = failure.getSQLState() == null ? "" : failure.getSQLState();
        int code = failure.getErrorCode();
        return state.startsWith(TRANSACTION_ROLLBACK_CLASS) || state.equals(UNIQUE_VIOLATION) || state.equals(H2_LOCK_TIMEOUT)
                || code == MYSQL_DEADLOCK || code == MYSQL_LOCK_WAIT_TIMEOUT || code == MYSQL_DUPLICATE_ENTRY;
    }
}
