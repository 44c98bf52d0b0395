package org.shopdb.core.internal.search;

import static org.junit.jupiter.api.Assertions.assertNull;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;

import org.h2.jdbcx.JdbcDataSource;
import org.shopdb.api.plugin.SearchField;
import org.shopdb.core.internal.migration.ChangelogRun;
import org.shopdb.core.internal.migration.LiquibaseMigrator;
import org.shopdb.core.internal.search.LiveSearchFields.LiveField;
import org.shopdb.core.internal.tx.TransactionalDataSource;

/**
 * An embedded database with the core's real schema (its changelog, applied by the core's
 * migrator), a {@code cameras} table as a plugin would add, and the search index's parts wired
 * as in the container: the unit of work, the sources, the index services, the backfill.
 */
final class SearchTestDatabase {

    static final LiveField STREAM_URL = new LiveField("cameras", "1.0.0", new SearchField("cameras", "streamurl", "Stream URL", 90));
    static final LiveField MODEL = new LiveField("cameras", "1.0.0", new SearchField("cameras", "model", "Model", 40));

    final JdbcDataSource raw = new JdbcDataSource();
    final TransactionalDataSource transactions;
    final SearchSources sources;
    final CoreFieldIndex coreIndex;
    final SuffixIndexStructure suffixIndex;
    final ContainsRank contains;
    private final long typeId;
    private final long statusId;
    /** The plugin fields live right now, as the plugin registry would report them. */
    volatile List<LiveField> live = List.of(STREAM_URL, MODEL);
    final LiveSearchFields liveFields = new LiveSearchFields(null, null, null) {
        @Override
        public List<LiveField> fields() {
            return live;
        }
    };

    SearchTestDatabase() throws SQLException {
        raw.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";MODE=LEGACY;DB_CLOSE_DELAY=-1");
        ChangelogRun run = new LiquibaseMigrator().apply(raw, getClass().getClassLoader(), "db/shopdb-core.xml");
        assertNull(run.failure(), run.failure());
        transactions = new TransactionalDataSource(raw);
        execute("create table cameras (assetid bigint primary key references assets(assetid) on delete cascade,"
                + " streamurl varchar(255), model varchar(100))");
        execute("insert into assettypes (code, name, owner, isactive) values ('camera', 'Camera', 'cameras', true)");
        typeId = single("select assettypeid from assettypes where code = 'camera'");
        statusId = single("select statusid from assetstatuses where code = 'inservice'");
        sources = new SearchSources(transactions, raw, transactions, null);
        coreIndex = new CoreFieldIndex(transactions, transactions, null);
        suffixIndex = new SuffixIndexStructure(transactions, true);
        contains = new ContainsRank(transactions, suffixIndex::present);
    }

    JdbcSearchIndex searchIndex() {
        return new JdbcSearchIndex(transactions, transactions, sources, liveFields, null);
    }

    SearchIndexBackfill backfill() {
        return backfill(SearchIndexBackfill.BULK_MIN_ASSETS);
    }

    /** A backfill that fills {@code bulkMinAssets} or more missing assets in bulk (taking the suffix index away first). */
    SearchIndexBackfill backfill(long bulkMinAssets) {
        return new SearchIndexBackfill(transactions, transactions, sources, liveFields, suffixIndex, bulkMinAssets);
    }

    /** Inserts an asset the way the asset service does: the row, then its index entries, in one transaction. */
    long createAsset(String assetNumber, String name, String serialNumber) {
        return transactions.required(() -> {
            long id = insertAssetRow(assetNumber, name, serialNumber);
            coreIndex.assetCreated(id, assetNumber, name, serialNumber);
            return id;
        });
    }

    /** Only the row, as an earlier version of ShopDB wrote it: not in the index. */
    long insertAssetRow(String assetNumber, String name, String serialNumber) throws SQLException {
        try (Connection connection = transactions.getConnection(); PreparedStatement insert = connection.prepareStatement(
                "insert into assets (assetnumber, name, assettypeid, statusid, serialnumber, isactive, createddate, modifieddate, version)"
                        + " values (?, ?, ?, ?, ?, true, current_timestamp, current_timestamp, 0)", Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, assetNumber);
            insert.setString(2, name);
            insert.setLong(3, typeId);
            insert.setLong(4, statusId);
            insert.setString(5, serialNumber);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    void execute(String sql) throws SQLException {
        try (Connection connection = transactions.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    long single(String sql) throws SQLException {
        try (Connection connection = raw.getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    long indexRows() throws SQLException {
        return single("select count(*) from searchsuffixes");
    }

    /** Asset numbers of the contains hits for {@code query}, in order. */
    List<String> contains(String query) {
        return contains.hits(query, live, java.util.Set.of(), 1000).stream().map(hit -> hit.assetNumber() + ":" + hit.matchedField()).toList();
    }
}
