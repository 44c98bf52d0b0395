package org.shopdb.core.internal.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
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

class LiquibaseMigratorTest {

    private final LiquibaseMigrator migrator = new LiquibaseMigrator();
    private final ClassLoader resources = getClass().getClassLoader();
    private JdbcDataSource database;

    @BeforeEach
    void freshEmbeddedDatabase() {
        database = new JdbcDataSource();
        database.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";MODE=LEGACY;DB_CLOSE_DELAY=-1");
    }

    @Test
    void coreChangelogAppliesOnAFreshDatabase() throws SQLException {
        ChangelogRun run = migrator.apply(database, resources, "db/shopdb-core.xml");
        assertNull(run.failure(), run.failure());
        assertEquals(run.changeSets(), run.appliedNow());
        assertTrue(run.changeSets() >= 4);
        assertEquals(4, count("select count(*) from assetstatuses"));
    }

    @Test
    void appliedChangesetsAreSkippedOnTheNextRun() throws SQLException {
        migrator.apply(database, resources, "db/shopdb-core.xml");
        ChangelogRun second = migrator.apply(database, resources, "db/shopdb-core.xml");
        assertTrue(second.succeeded());
        assertEquals(0, second.appliedNow());
        assertEquals(4, count("select count(*) from assetstatuses"), "seed data inserted once");
    }

    @Test
    void failingChangesetIsNamedAndEarlierOnesStayApplied() throws SQLException {
        ChangelogRun run = migrator.apply(database, resources, "db/broken-changelog.xml");
        assertNotNull(run.failure());
        assertEquals("broken::2-bad::test", run.failedChangeSet());
        assertEquals(1, run.appliedNow());
        assertEquals(0, count("select count(*) from goodtable"));
    }

    @Test
    void missingChangelogIsReportedNotThrown() throws SQLException {
        ChangelogRun run = migrator.apply(database, resources, "db/no-such-changelog.xml");
        assertNotNull(run.failure());
        assertTrue(run.failure().contains("no-such-changelog"), run.failure());
    }

    @Test
    void unreachableDatabaseThrowsSoTheCallerCanRetry() {
        JdbcDataSource unreachable = new JdbcDataSource();
        unreachable.setURL("jdbc:h2:tcp://127.0.0.1:1/nothing");
        assertThrows(SQLException.class, () -> migrator.apply(unreachable, resources, "db/shopdb-core.xml"));
    }

    private int count(String sql) throws SQLException {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
