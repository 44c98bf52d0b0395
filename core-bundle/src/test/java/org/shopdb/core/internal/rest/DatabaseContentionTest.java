package org.shopdb.core.internal.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;

import javax.persistence.PersistenceException;
import javax.ws.rs.core.Response;

import org.junit.jupiter.api.Test;

class DatabaseContentionTest {

    @Test
    void lockTimeoutsAndDeadlocksOfBothDatabasesAreContention() {
        assertTrue(DatabaseContention.isContention(new PersistenceException(new SQLException("Timeout trying to lock table", "HYT00", 50200))));
        assertTrue(DatabaseContention.isContention(new RuntimeException(new SQLException("Deadlock found", "40001", 1213))));
        assertTrue(DatabaseContention.isContention(new RuntimeException(new SQLException("Lock wait timeout exceeded", "HY000", 1205))));
    }

    @Test
    void otherSqlErrorsAndBugsAreNot() {
        assertFalse(DatabaseContention.isContention(new PersistenceException(new SQLException("Duplicate entry", "23000", 1062))));
        assertFalse(DatabaseContention.isContention(new IllegalStateException("bug")));
    }

    @Test
    void aBusyDatabaseIsAnswered503WithRetryAfterNot500() {
        Response response = new UnexpectedExceptionMapper().toResponse(new PersistenceException(new SQLException("Timeout", "HYT00")));

        assertEquals(503, response.getStatus());
        assertEquals(UnexpectedExceptionMapper.RETRY_AFTER_SECONDS, response.getHeaders().getFirst("Retry-After"));
    }
}
