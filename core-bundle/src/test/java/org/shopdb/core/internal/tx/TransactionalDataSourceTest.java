package org.shopdb.core.internal.tx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shopdb.api.tx.TransactionFailedException;

/**
 * Participants write the way persistence units do: each takes a connection from the data
 * source, writes, commits and closes it. The unit of work decides what really commits.
 */
class TransactionalDataSourceTest {

    private JdbcDataSource database;
    private TransactionalDataSource transactions;

    @BeforeEach
    void freshDatabase() throws SQLException {
        database = new JdbcDataSource();
        database.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("create table assets (assetid int primary key)");
            statement.execute("create table cameras (assetid int primary key references assets(assetid), streamurl varchar(20) not null)");
        }
        transactions = new TransactionalDataSource(database);
    }

    @Test
    void participantsCommitTogetherAtTheEndOfTheOutermostUnit() throws SQLException {
        transactions.required(() -> {
            participantWrites("insert into assets values (1)");
            assertEquals(0, rowsSeenByAnotherConnection("assets"), "not visible before the unit of work ends");
            participantWrites("insert into cameras values (1, 'rtsp://cam1')");
            return null;
        });
        assertEquals(1, rowsSeenByAnotherConnection("assets"));
        assertEquals(1, rowsSeenByAnotherConnection("cameras"));
    }

    @Test
    void secondParticipantSeesTheFirstOnesUncommittedRow() {
        transactions.required(() -> {
            participantWrites("insert into assets values (2)");
            // the foreign key is satisfied only because both share one connection
            participantWrites("insert into cameras values (2, 'rtsp://cam2')");
            return null;
        });
    }

    @Test
    void failureAfterTheFirstWriteRollsEverythingBack() throws SQLException {
        assertThrows(IllegalStateException.class, () -> transactions.required(() -> {
            participantWrites("insert into assets values (3)");
            throw new IllegalStateException("plugin failed");
        }));
        assertEquals(0, rowsSeenByAnotherConnection("assets"));
    }

    @Test
    void databaseErrorInTheSecondWriteRollsBackTheFirst() throws SQLException {
        assertThrows(TransactionFailedException.class, () -> transactions.required(() -> {
            participantWrites("insert into assets values (4)");
            participantWrites("insert into cameras values (4, null)");
            return null;
        }));
        assertEquals(0, rowsSeenByAnotherConnection("assets"));
        assertEquals(0, rowsSeenByAnotherConnection("cameras"));
    }

    @Test
    void innerFailureSwallowedByTheCallerStillDoomsTheTransaction() throws SQLException {
        TransactionFailedException failure = assertThrows(TransactionFailedException.class, () -> transactions.required(() -> {
            participantWrites("insert into assets values (5)");
            try {
                transactions.required(() -> {
                    throw new IllegalArgumentException("inner");
                });
            } catch (IllegalArgumentException swallowed) {
                // the caller carries on, but the unit of work must not commit half a change
            }
            return null;
        }));
        assertTrue(failure.getMessage().contains("rolled back"));
        assertEquals(0, rowsSeenByAnotherConnection("assets"));
    }

    @Test
    void participantRollbackDoomsTheTransaction() throws SQLException {
        assertThrows(TransactionFailedException.class, () -> transactions.required(() -> {
            participantWrites("insert into assets values (6)");
            try (Connection connection = transactions.getConnection()) {
                connection.rollback();
            }
            return null;
        }));
        assertEquals(0, rowsSeenByAnotherConnection("assets"));
    }

    @Test
    void nestedUnitsShareOneConnection() {
        transactions.required(() -> {
            Connection outer = transactions.getConnection();
            Connection inner = transactions.required(transactions::getConnection);
            assertSame(outer, inner);
            assertTrue(transactions.isActive());
            return null;
        });
        assertFalse(transactions.isActive());
    }

    @Test
    void outsideAUnitOfWorkConnectionsAutoCommit() throws SQLException {
        try (Connection connection = transactions.getConnection(); Statement statement = connection.createStatement()) {
            assertTrue(connection.getAutoCommit());
            statement.execute("insert into assets values (7)");
        }
        assertEquals(1, rowsSeenByAnotherConnection("assets"));
    }

    @Test
    void checkedExceptionIsReportedAsTransactionFailure() {
        TransactionFailedException failure = assertThrows(TransactionFailedException.class,
                () -> transactions.required(() -> {
                    throw new java.io.IOException("disk full");
                }));
        assertTrue(failure.getMessage().contains("disk full"));
    }

    private void participantWrites(String sql) throws SQLException {
        Connection connection = transactions.getConnection();
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
        connection.commit();
        connection.setAutoCommit(true);
        connection.close();
    }

    private int rowsSeenByAnotherConnection(String table) throws SQLException {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("select count(*) from " + table)) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
