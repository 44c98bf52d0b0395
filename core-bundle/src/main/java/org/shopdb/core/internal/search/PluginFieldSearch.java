package org.shopdb.core.internal.search;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.shopdb.api.plugin.SearchField;
import org.shopdb.api.search.SearchHit;
import org.shopdb.core.internal.persistence.LikePatterns;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Search over the columns plugins contribute ({@link SearchField}), one rank at a time like the
 * core's own fields: exact, prefix, contains. Table and column names go into SQL, so only plain
 * lower-case identifiers are used; a field whose query fails (table gone, column renamed) is
 * skipped and logged once, never failing the search.
 */
final class PluginFieldSearch {

    static final int EXACT = 1;
    static final int PREFIX = 2;
    static final int CONTAINS = 3;
    private static final Pattern IDENTIFIER = Pattern.compile("[a-z][a-z0-9_]{0,63}");
    private static final Logger LOG = LoggerFactory.getLogger(PluginFieldSearch.class);

    private final DataSource dataSource;
    /** Fields already reported as skipped, so a broken plugin does not flood the log. */
    private final Set<String> reported = ConcurrentHashMap.newKeySet();

    PluginFieldSearch(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The fields that can be queried, heaviest first (ties by table and column, for a stable order). */
    List<SearchField> usable(List<SearchField> fields) {
        return fields.stream()
                .filter(field -> {
                    boolean plain = isIdentifier(field.table()) && isIdentifier(field.column());
                    if (!plain) {
                        reportOnce(field, "table and column must be plain lower-case identifiers");
                    }
                    return plain;
                })
                .distinct()
                .sorted(Comparator.comparingInt(SearchField::weight).reversed()
                        .thenComparing(SearchField::table).thenComparing(SearchField::column))
                .toList();
    }

    static boolean isIdentifier(String name) {
        return name != null && IDENTIFIER.matcher(name).matches();
    }

    /** Hits of one rank over {@code fields} (already {@link #usable}), in field order, at most {@code limit}. */
    List<SearchHit> rank(int rank, String query, List<SearchField> fields, int limit) {
        List<SearchHit> hits = new ArrayList<>();
        for (SearchField field : fields) {
            if (hits.size() >= limit) {
                break;
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
            default -> {
                condition = "lower(" + column + ") like ? escape '!'";
                parameters = List.of("%" + LikePatterns.literal(lower) + "%");
            }
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
