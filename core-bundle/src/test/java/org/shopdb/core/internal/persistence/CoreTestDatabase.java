package org.shopdb.core.internal.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;

import javax.persistence.EntityManagerFactory;
import javax.persistence.Persistence;

import org.h2.jdbcx.JdbcDataSource;
import org.shopdb.api.tx.UnitOfWork;
import org.shopdb.core.internal.migration.ChangelogRun;
import org.shopdb.core.internal.migration.LiquibaseMigrator;
import org.shopdb.core.internal.tx.TransactionalDataSource;

/**
 * For tests of the core's queries: a fresh in-memory H2 database in the distribution's mode with
 * the core's schema, and the core's persistence unit over it through the core's own unit of work
 * ({@link TransactionalDataSource}), as in the container.
 */
public final class CoreTestDatabase implements AutoCloseable {

    private final JdbcDataSource database = new JdbcDataSource();
    private final TransactionalDataSource transactions = new TransactionalDataSource(database);
    private final EntityManagerFactory entityManagers;

    public CoreTestDatabase() {
        database.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";MODE=LEGACY;DB_CLOSE_DELAY=-1");
        try {
            ChangelogRun run = new LiquibaseMigrator().apply(database, CoreTestDatabase.class.getClassLoader(), "db/shopdb-core.xml");
            if (!run.succeeded()) {
                throw new IllegalStateException("core changelog failed: " + run.failure());
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        entityManagers = Persistence.createEntityManagerFactory("shopdb-core", Map.of("javax.persistence.nonJtaDataSource", transactions));
    }

    public EntityManagerFactory entityManagers() {
        return entityManagers;
    }

    public UnitOfWork unitOfWork() {
        return transactions;
    }

    /** Runs statements straight on the database (test fixtures). */
    public void execute(String... statements) {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Adds an asset of a type made up for the test; returns its id. */
    public long asset(String assetNumber) {
        execute("merge into assettypes (code, name, owner) key (code) values ('testtype', 'Test type', 'test')",
                "insert into assets (assetnumber, name, assettypeid, statusid, isactive, createddate, modifieddate, version)"
                        + " select '" + assetNumber + "', '" + assetNumber + "', t.assettypeid, s.statusid, true, current_timestamp,"
                        + " current_timestamp, 0 from assettypes t, assetstatuses s where t.code = 'testtype' and s.code = 'inservice'");
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement();
                var rows = statement.executeQuery("select assetid from assets where assetnumber = '" + assetNumber + "'")) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Adds a network address to an asset. */
    public void address(long assetId, String ip, String mac, boolean primary) {
        execute("insert into networkaddresses (assetid, ipaddress, macaddress, isprimary, createddate) values (" + assetId + ", "
                + quoted(ip) + ", " + quoted(mac) + ", " + primary + ", current_timestamp)");
    }

    private static String quoted(String value) {
        return value == null ? "null" : "'" + value + "'";
    }

    @Override
    public void close() {
        entityManagers.close();
    }
}
