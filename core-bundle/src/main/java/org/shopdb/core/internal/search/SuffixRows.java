package org.shopdb.core.internal.search;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Writes {@code searchsuffixes}: the rows of one source and asset are one key range ({@link SearchKeys}). */
final class SuffixRows {

    private SuffixRows() {
    }

    /** Makes the rows of {@code sourceId} and {@code assetId} those of {@code values}. */
    static void replace(Connection connection, int sourceId, long assetId, Collection<SearchableValue> values) throws SQLException {
        delete(connection, sourceId, assetId, assetId);
        insert(connection, sourceId, assetId, values);
    }

    /** Adds the rows of a source and asset that has none yet. */
    static void insert(Connection connection, int sourceId, long assetId, Collection<SearchableValue> values) throws SQLException {
        insert(connection, rows(sourceId, assetId, values));
    }

    /** The rows of {@code sourceId} for every asset from {@code fromAsset} to {@code toAsset}. */
    static void delete(Connection connection, int sourceId, long fromAsset, long toAsset) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("delete from searchsuffixes where searchkey between ? and ?")) {
            delete.setLong(1, SearchKeys.first(sourceId, fromAsset));
            delete.setLong(2, SearchKeys.last(sourceId, toAsset));
            delete.executeUpdate();
        }
    }

    /** Every row of the asset, whatever its source: the asset is gone. */
    static void deleteAsset(Connection connection, long assetId) throws SQLException {
        for (SearchSource source : SearchSources.all(connection)) {
            delete(connection, source.id(), assetId, assetId);
        }
    }

    /** The rows of many assets of one source, in one list for {@link #insert(Connection, List)}. */
    static List<Row> rows(int sourceId, Map<Long, List<SearchableValue>> valuesByAsset) {
        List<Row> rows = new ArrayList<>();
        valuesByAsset.forEach((assetId, values) -> rows.addAll(rows(sourceId, assetId, values)));
        return rows;
    }

    private static List<Row> rows(int sourceId, long assetId, Collection<SearchableValue> values) {
        Set<String> suffixes = SearchSuffixes.of(SearchableValue.texts(values), SearchKeys.KEYS_PER_ASSET);
        List<Row> rows = new ArrayList<>(suffixes.size());
        int ordinal = 0;
        for (String suffix : suffixes) {
            rows.add(new Row(SearchKeys.key(sourceId, assetId, ordinal++), suffix));
        }
        return rows;
    }

    /** Many rows per statement: one round trip per {@link Sql#CHUNK} rows, on MySQL as on H2. */
    static void insert(Connection connection, List<Row> rows) throws SQLException {
        for (List<Row> chunk : Sql.chunks(rows, Sql.CHUNK)) {
            StringBuilder sql = new StringBuilder("insert into searchsuffixes (searchkey, suffix) values (?, ?)");
            sql.append(", (?, ?)".repeat(chunk.size() - 1));
            try (PreparedStatement insert = connection.prepareStatement(sql.toString())) {
                int parameter = 1;
                for (Row row : chunk) {
                    insert.setLong(parameter++, row.key());
                    insert.setString(parameter++, row.suffix());
                }
                insert.executeUpdate();
            }
        }
    }

    record Row(long key, String suffix) {
    }
}
