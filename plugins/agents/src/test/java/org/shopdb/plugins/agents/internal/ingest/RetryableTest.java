package org.shopdb.plugins.agents.internal.ingest;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLTransactionRollbackException;

import javax.persistence.PersistenceException;

import org.junit.jupiter.api.Test;
import org.shopdb.api.error.ConflictException;

class RetryableTest {

    @Test
    void lostRacesAreTriedAgainWhereverTheDatabaseReportsThem() {
        assertTrue(Retryable.isRetryable(new SQLTransactionRollbackException("Deadlock found", "40001", 1213)), "MySQL deadlock");
        assertTrue(Retryable.isRetryable(new SQLException("Lock wait timeout exceeded", "HY000", 1205)), "MySQL lock wait");
        assertTrue(Retryable.isRetryable(new SQLException("Timeout trying to lock table \"AGENTS\"", "HYT00", 50200)), "H2 lock timeout");
        assertTrue(Retryable.isRetryable(new SQLIntegrityConstraintViolationException("Duplicate entry 'pc-1'", "23000", 1062)),
                "MySQL unique key taken meanwhile");
        assertTrue(Retryable.isRetryable(new SQLIntegrityConstraintViolationException("Unique index or primary key violation", "23505", 23505)),
                "H2 unique key taken meanwhile");
        assertTrue(Retryable.isRetryable(new ConflictException("pc-1 is taken")), "a collector's conflict");
    }

    @Test
    void theCauseIsFoundBehindThePersistenceLayersWrapping() {
        SQLException lockTimeout = new SQLException("Timeout trying to lock table", "HYT00", 50200);
        assertTrue(Retryable.isRetryable(new PersistenceException(new RuntimeException("Internal Exception", lockTimeout))));
    }

    @Test
    void mistakesThatAnotherTryWouldRepeatAreNotTriedAgain() {
        assertFalse(Retryable.isRetryable(new SQLException("Data too long for column 'hostname'", "22001", 1406)));
        assertFalse(Retryable.isRetryable(new SQLIntegrityConstraintViolationException("Cannot add or update a child row", "23000", 1452)),
                "a foreign key pointing nowhere");
        assertFalse(Retryable.isRetryable(new SQLException("no state")));
        assertFalse(Retryable.isRetryable(new IllegalStateException("a bug")));
    }
}
