package org.shopdb.plugins.agents.internal.ingest;

import java.sql.SQLException;

import org.shopdb.api.error.ConflictException;

/**
 * Failures that another try may not meet: a unique value taken by a concurrent transaction
 * ({@link ConflictException} from the collectors), a deadlock or lock wait the database ended
 * (SQLSTATE 40001 / 40XXX, MySQL 1205 and 1213).
 */
final class Retryable {

    private static final int MYSQL_LOCK_WAIT_TIMEOUT = 1205;
    private static final int MYSQL_DEADLOCK = 1213;

    private Retryable() {
    }

    static boolean isRetryable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof ConflictException) {
                return true;
            }
            if (cause instanceof SQLException sql && (sql.getSQLState() != null && sql.getSQLState().startsWith("40")
                    || sql.getErrorCode() == MYSQL_DEADLOCK || sql.getErrorCode() == MYSQL_LOCK_WAIT_TIMEOUT)) {
                return true;
            }
        }
        return false;
    }
}
