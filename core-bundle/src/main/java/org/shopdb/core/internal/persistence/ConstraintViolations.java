package org.shopdb.core.internal.persistence;

import java.sql.SQLException;

/** Recognises integrity-constraint violations, whatever wraps them. */
public final class ConstraintViolations {

    /** SQLSTATE class 23: integrity constraint violation, on H2, MySQL and MariaDB alike. */
    private static final String INTEGRITY_CLASS = "23";

    private ConstraintViolations() {
    }

    public static boolean isConstraintViolation(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith(INTEGRITY_CLASS)) {
                return true;
            }
        }
        return false;
    }
}
