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

    /** The values of one column for the next {@code limit} rows above {@code afterAssetId}, by id, locked (a backfill step). */
    static Map<Long, List<SearchableValue>> lockAndReadAfter(Connection connection, String table, String column, long afterAssetId,
            int limit) throws SQLException {
        requireIdentifiers(table, List.of(column));
        Map<Long, List<SearchableValue>> byAsset = new LinkedHashMap<>();
        try (PreparedStatement select = connection.prepareStatement("select assetid, " + column + " from " + table
                + " where assetid > ? order by assetid limit ? for update")) {
            select.setLong(1, afterAssetId);
            select.setInt(2, limit);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    String value = rows.getString(2);
                    byAsset.put(rows.getLong(1), value == null || value.isBlank() ? List.of() : List.of(new SearchableValue(column, value)));
                }
            }
        }
        return byAsset;
    }

    private static void requireIdentifiers(String table, List<String> columns) {
        if (!LiveSearchFields.isIdentifier(table) || !columns.stream().allMatch(LiveSearchFields::isIdentifier)) {
            throw new IllegalArgumentException("not a plain table or column name: " + table + " " + columns);
        }
    }
}
