package org.shopdb.core.internal.search;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Values of plugin search fields, read from the plugin's table by {@code assetid}. Table and
 * column names go into SQL: callers pass only names checked by {@link LiveSearchFields#isIdentifier}.
 */
final class PluginValues {

    private PluginValues() {
    }

    /**
     * The values of {@code columns} of {@code table} for these assets, in column order; with
     * {@code lock}, as a locking read (the latest committed values, rows locked until the end of
     * the transaction).
     */
    static Map<Long, List<SearchableValue>> read(Connection connection, String table, List<String> columns, Collection<Long> assetIds,
            boolean lock) throws SQLException {
        requireIdentifiers(table, columns);
        Map<Long, List<SearchableValue>> byAsset = new LinkedHashMap<>();
        for (List<Long> chunk : Sql.chunks(assetIds, Sql.CHUNK)) {
            String sql = "select assetid, " + String.join(", ", columns) + " from " + table + " where assetid in ("
                    + Sql.placeholders(chunk.size()) + ")" + (lock ? " for update" : "");
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                Sql.bindLongs(select, 1, chunk);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        List<SearchableValue> values = byAsset.computeIfAbsent(rows.getLong(1), id -> new ArrayList<>());
                        for (int i = 0; i < columns.size(); i++) {
                            String value = rows.getString(i + 2);
                            if (value != null && !value.isBlank()) {
                                values.add(new SearchableValue(columns.get(i), value));
                            }
                        }
                    }
                }
            }
        }
        return byAsset;
    }

    /**
     * The values of one column for the next {@code limit} assets above {@code afterAssetId}, by
     * id, locked (a backfill step). A table may hold several rows per asset (a child table such as
     * switch ports or installations): every row of each asset read is included, so no asset's
     * values are split across steps or reduced to one row.
     */
    static Map<Long, List<SearchableValue>> lockAndReadAfter(Connection connection, String table, String column, long afterAssetId,
            int limit) throws SQLException {
        requireIdentifiers(table, List.of(column));
        OptionalLong upTo = lastOfNextAssets(connection, table, afterAssetId, limit);
        Map<Long, List<SearchableValue>> byAsset = new LinkedHashMap<>();
        if (upTo.isEmpty()) {
            return byAsset;
        }
        try (PreparedStatement select = connection.prepareStatement("select assetid, " + column + " from " + table
                + " where assetid > ? and assetid <= ? order by assetid for update")) {
            select.setLong(1, afterAssetId);
            select.setLong(2, upTo.getAsLong());
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    List<SearchableValue> values = byAsset.computeIfAbsent(rows.getLong(1), id -> new ArrayList<>());
                    String value = rows.getString(2);
                    if (value != null && !value.isBlank()) {
                        values.add(new SearchableValue(column, value));
                    }
                }
            }
        }
        return byAsset;
    }

    /** The id of the {@code limit}-th asset above {@code afterAssetId} that has rows (or the last one), if any. */
    private static OptionalLong lastOfNextAssets(Connection connection, String table, long afterAssetId, int limit) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("select max(assetid) from (select distinct assetid from " + table
                + " where assetid > ? order by assetid limit ?) nextassets")) {
            select.setLong(1, afterAssetId);
            select.setInt(2, limit);
            try (ResultSet rows = select.executeQuery()) {
                long last = rows.next() ? rows.getLong(1) : 0;
                return last == 0 ? OptionalLong.empty() : OptionalLong.of(last);
            }
        }
    }

    private static void requireIdentifiers(String table, List<String> columns) {
        if (!LiveSearchFields.isIdentifier(table) || !columns.stream().allMatch(LiveSearchFields::isIdentifier)) {
            throw new IllegalArgumentException("not a plain table or column name: " + table + " " + columns);
        }
    }
}
