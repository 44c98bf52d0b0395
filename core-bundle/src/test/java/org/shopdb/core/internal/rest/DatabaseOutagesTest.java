package org.shopdb.core.internal.rest;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import javax.persistence.PersistenceException;

import org.junit.jupiter.api.Test;

class DatabaseOutagesTest {

    @Test
    void poolTimeoutDeepInTheChainIsAnOutage() {
        RuntimeException failure = new PersistenceException("query failed",
                new RuntimeException(new SQLTransientConnectionException("shopdb-pool - Connection is not available")));

        assertTrue(DatabaseOutages.isOutage(failure));
    }

    @Test
    void connectionSqlStateIsAnOutage() {
        assertTrue(DatabaseOutages.isOutage(new PersistenceException(new SQLException("Communications link failure", "08S01"))));
        assertTrue(DatabaseOutages.isOutage(new IllegalStateException(new ConnectException("Connection refused"))));
    }

    @Test
    void otherSqlErrorsAndBugsAreNot() {
        assertFalse(DatabaseOutages.isOutage(new PersistenceException(new SQLException("Duplicate entry", "23000"))));
        assertFalse(DatabaseOutages.isOutage(new NullPointerException()));
    }

    @Test
    void aCyclicCauseChainEnds() {
        RuntimeException first = new RuntimeException("a");
        RuntimeException second = new RuntimeException("b", first);
        first.initCause(second);

        assertFalse(DatabaseOutages.isOutage(first));
    }
}
