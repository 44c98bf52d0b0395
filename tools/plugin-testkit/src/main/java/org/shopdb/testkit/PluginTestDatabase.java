package org.shopdb.testkit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

import javax.sql.DataSource;

import org.h2.jdbcx.JdbcDataSource;
import org.shopdb.core.internal.migration.ChangelogRun;
import org.shopdb.core.internal.migration.LiquibaseMigrator;

/**
 * For a plugin's unit tests: a fresh in-memory H2 database in the mode the distribution runs it
 * ({@code MODE=LEGACY}), holding the core's schema and the plugin's own changelogs, applied by
 * the core's migrator as in the container. Hand it to a persistence unit to test entities and
 * queries against the real tables:
 *
 * <pre>
 * DataSource database = PluginTestDatabase.migrated("db/shopdb-widgets.xml");
 * EntityManagerFactory emf = Persistence.createEntityManagerFactory("shopdb-widgets",
 *         Map.of("javax.persistence.nonJtaDataSource", database));
 * </pre>
 *
 * Rows of the plugin's table extend assets: {@link #asset} adds the asset row a test needs first.
 */
public final class PluginTestDatabase {

    private PluginTestDatabase() {
    }

    /**
     * @param pluginChangelogs changelog paths on the test class path, e.g. {@code db/shopdb-widgets.xml}
     * @throws IllegalStateException naming the changeset and the cause when a changelog does not apply
     */
    public static DataSource migrated(String... pluginChangelogs) {
        JdbcDataSource database = new JdbcDataSource();
        database.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";MODE=LEGACY;DB_CLOSE_DELAY=-1");
        LiquibaseMigrator migrator = new LiquibaseMigrator();
        ClassLoader testClassPath = Thread.currentThread().getContextClassLoader();
        try {
            requireApplied(CoreSchema.CORE_CHANGELOG, migrator.apply(database, CoreSchema.coreLoader(), CoreSchema.CORE_CHANGELOG));
            for (String changelog : pluginChangelogs) {
                requireApplied(changelog, migrator.apply(database, testClassPath, changelog));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot migrate the test database: " + e.getMessage(), e);
        }
        return database;
    }

    /**
     * Adds an asset in service of that type (creating the type when missing), as the core's
     * {@code AssetService} would, so that a plugin row can extend it.
     *
     * @return its {@code assetid}
     */
    public static long asset(DataSource database, String assetTypeCode, String assetNumber) {
        try (Connection connection = database.getConnection()) {
            try (PreparedStatement type = connection.prepareStatement(
                    "merge into assettypes (code, name, owner) key (code) values (?, ?, 'test')")) {
                type.setString(1, assetTypeCode);
                type.setString(2, assetTypeCode);
                type.executeUpdate();
            }
            try (PreparedStatement insert = connection.prepareStatement("insert into assets"
                    + " (assetnumber, name, assettypeid, statusid, isactive, createddate, modifieddate, version)"
                    + " select ?, ?, t.assettypeid, s.statusid, true, current_timestamp, current_timestamp, 0"
                    + " from assettypes t, assetstatuses s where t.code = ? and s.code = 'inservice'",
                    PreparedStatement.RETURN_GENERATED_KEYS)) {
                insert.setString(1, assetNumber);
                insert.setString(2, assetNumber);
                insert.setString(3, assetTypeCode);
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot add asset " + assetNumber + ": " + e.getMessage(), e);
        }
    }

    private static void requireApplied(String changelog, ChangelogRun run) {
        if (!run.succeeded()) {
            throw new IllegalStateException("Changelog " + changelog + " does not apply"
                    + (run.failedChangeSet() == null ? "" : ": changeset " + run.failedChangeSet()) + ": " + run.failure());
        }
    }
}
