package org.shopdb.core.internal.search;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import javax.sql.DataSource;

import org.shopdb.api.plugin.SearchField;
import org.shopdb.api.search.SearchHit;
import org.shopdb.core.internal.persistence.LikePatterns;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ranks 1 and 2 over the columns plugins contribute ({@link SearchField}), like the core's own
 * fields: exact, then prefix, each from the column's index (rank 3, contains, is answered by
 * {@link ContainsRank}). Fields come checked by {@link LiveSearchFields}; a field whose query fails
 * (table gone, column renamed) is skipped and logged once, never failing the search.
 */
final class PluginFieldSearch {

    static final int EXACT = 1;
    static final int PREFIX = 2;
    private static final Logger LOG = LoggerFactory.getLogger(PluginFieldSearch.class);

    private final DataSource dataSource;
    /** Fields already reported as skipped, so a broken plugin does not flood the log. */
    private final Set<String> reported = ConcurrentHashMap.newKeySet();

    PluginFieldSearch(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Hits of one rank over {@code fields} (from {@link LiveSearchFields}), in field order, at most {@code limit}. */
    List<SearchHit> rank(int rank, String query, List<SearchField> fields, int limit) {
        List<SearchHit> hits = new ArrayList<>();
        for (SearchField field : fields) {
            if (hits.size() >= limit) {
                break;
            }
            if (!LiveSearchFields.isIdentifier(field.table()) || !LiveSearchFields.isIdentifier(field.column())) {
                continue; // never SQL from names that are not plain identifiers (LiveSearchFields has reported them)
            }
            try {
                hits.addAll(query(field, rank, query, limit - hits.size()));
            } catch (SQLException e) {
                reportOnce(field, e.getMessage());
            }
        }
        return hits;
    }

    private List<SearchHit> query(SearchField field, int rank, String query, int limit) throws SQLException {
        String column = "p." + field.column();
        String lower = query.toLowerCase(Locale.ROOT);
        String upper = query.toUpperCase(Locale.ROOT);
        String condition;
        List<String> parameters;
        switch (rank) {
            case EXACT -> {
                condition = column + " in (?, ?, ?)";
                parameters = List.of(query, lower, upper);
            }
            case PREFIX -> {
                condition = "(" + column + " like ? escape '!' or " + column + " like ? escape '!' or " + column + " like ? escape '!')";
                parameters = List.of(LikePatterns.literal(query) + "%", LikePatterns.literal(lower) + "%", LikePatterns.literal(upper) + "%");
            }
            default -> throw new IllegalArgumentException("plugin fields are searched by rank 1 or 2 here, not " + rank);
        }
        String sql = "select a.assetid, a.assetnumber, a.name, t.code, " + column + " from " + field.table() + " p"
                + " join assets a on a.assetid = p.assetid join assettypes t on t.assettypeid = a.assettypeid"
                + " where " + condition + " order by a.assetnumber";
        List<SearchHit> hits = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setMaxRows(limit);
            for (int i = 0; i < parameters.size(); i++) {
                statement.setString(i + 1, parameters.get(i));
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    hits.add(new SearchHit(rows.getLong(1), rows.getString(2), rows.getString(3), rows.getString(4), field.column(),
                            rows.getString(5), rank));
                }
            }
        }
        reported.remove(key(field));
        return hits;
    }

    private void reportOnce(SearchField field, String problem) {
        if (reported.add(key(field))) {
            LOG.warn("Search skips plugin field {}.{}: {}", field.table(), field.column(), problem);
        }
    }

    private static String key(SearchField field) {
        return field.table() + "." + field.column();
    }
}
