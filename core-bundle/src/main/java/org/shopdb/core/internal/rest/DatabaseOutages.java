package org.shopdb.core.internal.rest;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

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
        return CauseChain.anyMatch(failure, DatabaseOutages::isConnectionFailure);
    }

    private static boolean isConnectionFailure(Throwable cause) {
        return cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException
                || cause instanceof ConnectException
                || cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith(CONNECTION_SQL_STATE_CLASS);
    }
}
