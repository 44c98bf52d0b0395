package org.shopdb.core.internal.rest;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Tells an unreachable database apart from a bug, anywhere in a cause chain: clients should
 * retry the first (503), while the second needs a developer (500).
 */
final class DatabaseOutages {

    /** SQLSTATE class 08: connection exception. */
    private static final String CONNECTION_SQL_STATE_CLASS = "08";

    private DatabaseOutages() {
    }

    static boolean isOutage(Throwable failure) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable cause = failure; cause != null && seen.put(cause, Boolean.TRUE) == null; cause = cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof ConnectException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && sql.getSQLState().startsWith(CONNECTION_SQL_STATE_CLASS)) {
                return true;
            }
        }
        return false;
    }
}
