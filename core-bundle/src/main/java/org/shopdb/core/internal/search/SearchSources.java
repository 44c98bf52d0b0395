package org.shopdb.core.internal.search;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.shopdb.api.schema.SchemaReady;
import org.shopdb.api.tx.UnitOfWork;
import org.shopdb.core.internal.db.PooledDataSource;
import org.shopdb.core.internal.persistence.CorePersistence;

/**
 * The {@code searchsources} table: which sources the contains index has, and how far each is
 * filled. Written by the backfill (and a rebuild) only; read by every search and index write.
 */
@Component(service = SearchSources.class)
public class SearchSources {

    private static final String COLUMNS = "sourceid, sourcename, pluginname, pluginversion, indexedupto, iscomplete";

    private final DataSource dataSource;
    private final DataSource pool;
    private final UnitOfWork unitOfWork;
    private final Clock clock = Clock.systemUTC();

    @Activate
    public SearchSources(@Reference(target = "(osgi.jndi.service.name=" + UnitOfWork.DATA_SOURCE_NAME + ")") DataSource dataSource,
            @Reference(target = "(osgi.jndi.service.name=" + PooledDataSource.POOL_NAME + ")") DataSource pool,
            @Reference UnitOfWork unitOfWork, @Reference(target = CorePersistence.SCHEMA_READY) SchemaReady schema) {
        this.dataSource = dataSource;
        this.pool = pool;
        this.unitOfWork = unitOfWork;
    }

    /** Every source, by id (the core's first). */
    public List<SearchSource> all() {
        return work("read the sources", connection -> all(connection));
    }

    static List<SearchSource> all(Connection connection) throws SQLException {
        List<SearchSource> sources = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("select " + COLUMNS + " from searchsources order by sourceid");
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                sources.add(new SearchSource(rows.getInt(1), rows.getString(2), rows.getString(3), rows.getString(4), rows.getLong(5),
                        rows.getBoolean(6)));
            }
        }
        return sources;
    }

    /**
     * The source of a plugin field, added (to be filled from its first row) when it is new. Added
     * in a transaction of its own, committed at once even when the caller is inside one: from then
     * on every {@link JdbcSearchIndex#reindex} writes its rows, and the backfill fills the rest.
     *
     * @throws IllegalStateException when all {@link SearchKeys#MAX_SOURCE_ID} source ids are taken
     */
    synchronized SearchSource register(String name, String plugin, String pluginVersion) {
        try (Connection connection = pool.getConnection()) {
            connection.setAutoCommit(false);
            try {
                Optional<SearchSource> known = find(connection, name);
                SearchSource source = known.isPresent() ? known.get() : insert(connection, name, plugin, pluginVersion);
                connection.commit();
                return source;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new Sql.IndexFailure("register search source " + name, e);
        }
    }

    private static Optional<SearchSource> find(Connection connection, String name) throws SQLException {
        return all(connection).stream().filter(source -> source.name().equals(name)).findFirst();
    }

    private SearchSource insert(Connection connection, String name, String plugin, String pluginVersion) throws SQLException {
        int id = 1;
        try (PreparedStatement select = connection.prepareStatement("select max(sourceid) from searchsources");
                ResultSet rows = select.executeQuery()) {
            if (rows.next()) {
                id = rows.getInt(1) + 1;
            }
        }
        if (id > SearchKeys.MAX_SOURCE_ID) {
            throw new IllegalStateException("no search source id left for " + name + " (at most " + SearchKeys.MAX_SOURCE_ID + ")");
        }
        try (PreparedStatement insert = connection.prepareStatement("insert into searchsources (sourceid, sourcename, pluginname, "
                + "pluginversion, indexedupto, iscomplete, modifieddate) values (?, ?, ?, ?, 0, ?, ?)")) {
            insert.setInt(1, id);
            insert.setString(2, name);
            insert.setString(3, plugin);
            insert.setString(4, pluginVersion);
            insert.setBoolean(5, false);
            insert.setObject(6, CorePersistence.toColumn(clock.instant()));
            insert.executeUpdate();
        }
        return new SearchSource(id, name, plugin, pluginVersion, 0, false);
    }

    /** Fills the source again from its first row, e.g. for another version of its plugin. */
    void restart(SearchSource source, String pluginVersion) {
        work("restart source " + source.name(), connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "update searchsources set pluginversion = ?, indexedupto = 0, iscomplete = ?, modifieddate = ? where sourceid = ?")) {
                update.setString(1, pluginVersion);
                update.setBoolean(2, false);
                update.setObject(3, CorePersistence.toColumn(clock.instant()));
                update.setInt(4, source.id());
                update.executeUpdate();
            }
            return null;
        });
    }

    /** Records the backfill's progress, in the transaction that wrote the rows up to {@code indexedUpTo}. */
    void advance(Connection connection, int sourceId, long indexedUpTo, boolean complete) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "update searchsources set indexedupto = ?, iscomplete = ?, modifieddate = ? where sourceid = ?")) {
            update.setLong(1, indexedUpTo);
            update.setBoolean(2, complete);
            update.setObject(3, CorePersistence.toColumn(clock.instant()));
            update.setInt(4, sourceId);
            update.executeUpdate();
        }
    }

    /** Forgets a source and its rows (a plugin field no active plugin offers); it is filled afresh if it comes back. */
    void drop(SearchSource source) {
        work("drop source " + source.name(), connection -> {
            SuffixRows.delete(connection, source.id(), 0, SearchKeys.MAX_ASSET_ID);
            try (PreparedStatement delete = connection.prepareStatement("delete from searchsources where sourceid = ?")) {
                delete.setInt(1, source.id());
                delete.executeUpdate();
            }
            return null;
        });
    }

    private <T> T work(String what, Sql.Work<T> work) {
        return Sql.required(unitOfWork, dataSource, what, work);
    }
}
