package org.shopdb.core.internal.search;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.shopdb.api.schema.SchemaReady;
import org.shopdb.api.tx.UnitOfWork;
import org.shopdb.core.internal.db.DataSourceProperties;
import org.shopdb.core.internal.db.PooledDataSource;
import org.shopdb.core.internal.persistence.CorePersistence;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The suffix index itself ({@code idx_searchsuffixes_suffix}, changelog {@code db/shopdb-core-search.xml}):
 * whether it is there, and taking it away and building it again for a bulk fill on the embedded
 * database (ADR 0006).
 *
 * <p>H2's store writes every page an insert touched again at each commit: filling a large index
 * row by row in random suffix order made its file grow to tens of gigabytes. Without the index the
 * rows go in in key order, and {@code create index} sorts them once. While it is away, contains
 * search scans instead of trusting it ({@link ContainsRank}). Only this process uses the embedded
 * database, so the state read at activation and changed here is the database's.
 */
@Component(service = SuffixIndexStructure.class)
public class SuffixIndexStructure {

    static final String INDEX = "idx_searchsuffixes_suffix";
    static final String TABLE = "searchsuffixes";
    /** H2's own lock wait is 2 s: building the index waits that long for writers to finish, longer here. */
    static final int BUILD_LOCK_TIMEOUT_MILLIS = 60_000;
    private static final Logger LOG = LoggerFactory.getLogger(SuffixIndexStructure.class);

    private final DataSource dataSource;
    private final boolean embedded;
    private volatile boolean present;

    @Activate
    public SuffixIndexStructure(@Reference(target = "(osgi.jndi.service.name=" + UnitOfWork.DATA_SOURCE_NAME + ")") DataSource dataSource,
            @Reference(service = DataSource.class, target = "(osgi.jndi.service.name=" + PooledDataSource.POOL_NAME + ")") Map<String, Object> pool,
            @Reference(target = CorePersistence.SCHEMA_READY) SchemaReady schema) {
        this(dataSource, Boolean.TRUE.equals(pool.get(DataSourceProperties.EMBEDDED)));
    }

    /** @param embedded whether the database is the embedded one (H2), where large fills are done in bulk */
    SuffixIndexStructure(DataSource dataSource, boolean embedded) {
        this.dataSource = dataSource;
        this.embedded = embedded;
        this.present = Sql.withConnection(dataSource, "look for " + INDEX, SuffixIndexStructure::exists);
        if (!present) {
            LOG.warn("Search index: {} is missing (a bulk fill was interrupted?); contains search scans until the backfill builds it", INDEX);
        }
    }

    /** Whether the index is there to be read: when not, contains search scans every source. */
    public boolean present() {
        return present;
    }

    /** Whether a large fill is faster and smaller with the index taken away first: on the embedded database. */
    public boolean buildsInBulk() {
        return embedded;
    }

    /** Takes the index away before a bulk fill (embedded database only); from now on contains search scans. */
    void drop() {
        if (!embedded) {
            throw new IllegalStateException(INDEX + " is built in bulk on the embedded database only");
        }
        present = false;
        Sql.withConnection(dataSource, "drop " + INDEX, connection -> execute(connection, "drop index if exists " + INDEX));
    }

    /** Builds the index over every row there is (minutes at millions of assets); contains search reads it again afterwards. */
    void create() {
        String create = "create index " + INDEX + " on " + TABLE + " (suffix, searchkey)";
        Sql.withConnection(dataSource, "create " + INDEX, connection -> embedded ? createWaitingForWriters(connection, create) : execute(connection, create));
        present = true;
    }

    /** The connection goes back to the pool afterwards: its own lock wait is put back. */
    private static boolean createWaitingForWriters(Connection connection, String create) throws SQLException {
        long usual;
        try (Statement statement = connection.createStatement(); ResultSet timeout = statement.executeQuery("call lock_timeout()")) {
            timeout.next();
            usual = timeout.getLong(1);
        }
        execute(connection, "set lock_timeout " + BUILD_LOCK_TIMEOUT_MILLIS);
        try {
            return execute(connection, create);
        } finally {
            execute(connection, "set lock_timeout " + usual);
        }
    }

    private static boolean execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
            return true;
        }
    }

    private static boolean exists(Connection connection) throws SQLException {
        DatabaseMetaData metadata = connection.getMetaData();
        String table = metadata.storesUpperCaseIdentifiers() ? TABLE.toUpperCase(Locale.ROOT) : TABLE;
        try (ResultSet indexes = metadata.getIndexInfo(connection.getCatalog(), null, table, false, true)) {
            while (indexes.next()) {
                if (INDEX.equalsIgnoreCase(indexes.getString("INDEX_NAME"))) {
                    return true;
                }
            }
        }
        return false;
    }
}
