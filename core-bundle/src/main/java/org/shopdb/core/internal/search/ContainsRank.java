package org.shopdb.core.internal.search;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.BooleanSupplier;

import javax.sql.DataSource;

import org.shopdb.api.search.SearchHit;
import org.shopdb.core.internal.persistence.LikePatterns;
import org.shopdb.core.internal.search.LiveSearchFields.LiveField;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rank 3: assets one of whose searchable values contains the text (case-insensitive, 3
 * characters or more). Candidates come from one range of the suffix index, read in pages in
 * index order; rows of sources not live right now (a plugin that is gone) are skipped, and every
 * candidate is checked against its current values, which also names the field that matched.
 * Rows the backfill has not reached yet ({@link SearchSource#indexedUpTo()}) are found by a scan
 * limited to them, so search is right while the index is being filled. While the index itself is
 * away (a bulk fill on the embedded database, {@link SuffixIndexStructure}) every source is scanned.
 *
 * <p>Order: assets matched by a core field first, then by plugin field (heaviest first), each by
 * asset number. When more assets match than there is room for, the ones kept are the first found
 * in index order (by the text from the match on), then put in that order.
 */
final class ContainsRank {

    static final int RANK = 3;
    /** Index rows read per step. */
    static final int PAGE = 1000;
    /** One page of the index range: read in index order on H2 and MySQL alike, never sorted (benchmarks/search-plans.sh checks it). */
    static final String INDEX_RANGE = "select searchkey from searchsuffixes where suffix like ? escape '!' order by suffix, searchkey limit ? offset ?";

    private static final Logger LOG = LoggerFactory.getLogger(ContainsRank.class);

    private final DataSource dataSource;
    private final BooleanSupplier indexPresent;
    private final WarnOnce warnings = new WarnOnce(LOG);

    ContainsRank(DataSource dataSource, BooleanSupplier indexPresent) {
        this.dataSource = dataSource;
        this.indexPresent = indexPresent;
    }

    /**
     * @param fields the live plugin fields, heaviest first
     * @param found  assets already found by an earlier rank, left out
     * @param room   most hits wanted
     */
    List<SearchHit> hits(String query, List<LiveField> fields, Set<Long> found, int room) {
        String lower = SearchSuffixes.normal(query);
        if (room <= 0 || !SearchSuffixes.searchable(lower)) {
            return List.of();
        }
        return Sql.withConnection(dataSource, "search", connection -> new Search(connection, lower, fields, found, room, this::skipped)
                .run(indexPresent.getAsBoolean()));
    }

    /** A plugin table whose query failed (gone mid-upgrade, column renamed) is left out of this search. */
    private void skipped(String table, SQLException problem) {
        warnings.warn(table, "Search skips plugin table {} for contains: {}", table, problem.getMessage());
    }

    /** One search's state. */
    private static final class Search {

        private final Connection connection;
        private final String lower;
        private final List<LiveField> fields;
        private final Set<Long> found;
        private final int room;
        private final BiConsumer<String, SQLException> skipped;
        private final Set<Long> seen = new HashSet<>();
        private final Map<Long, Ranked> hits = new LinkedHashMap<>();

        Search(Connection connection, String lower, List<LiveField> fields, Set<Long> found, int room,
                BiConsumer<String, SQLException> skipped) {
            this.connection = connection;
            this.skipped = skipped;
            this.lower = lower;
            this.fields = fields;
            this.found = found;
            this.room = room;
        }

        /** @param fromIndex whether the index can be read; if not, every source is scanned whole */
        List<SearchHit> run(boolean fromIndex) throws SQLException {
            Map<String, SearchSource> sources = new HashMap<>();
            SearchSources.all(connection).forEach(source -> sources.put(source.name(), source));
            Set<Integer> live = new HashSet<>();
            live.add(SearchSource.CORE_ID);
            for (LiveField field : fields) {
                Optional.ofNullable(sources.get(field.sourceName())).ifPresent(source -> live.add(source.id()));
            }
            if (fromIndex) {
                fromIndex(live);
            }
            if (hits.size() < room) {
                fromRowsNotIndexedYet(sources, !fromIndex);
            }
            return hits.values().stream()
                    .sorted(Comparator.comparingInt(Ranked::group).thenComparing(ranked -> ranked.hit().assetNumber()))
                    .limit(room).map(Ranked::hit).toList();
        }

        private void fromIndex(Set<Integer> liveSources) throws SQLException {
            String pattern = LikePatterns.literal(SearchSuffixes.key(lower)) + "%";
            try (PreparedStatement select = connection.prepareStatement(INDEX_RANGE)) {
                for (int offset = 0; hits.size() < room; offset += PAGE) {
                    select.setString(1, pattern);
                    select.setInt(2, PAGE);
                    select.setInt(3, offset);
                    Set<Long> candidates = new LinkedHashSet<>();
                    int rows = 0;
                    try (ResultSet keys = select.executeQuery()) {
                        while (keys.next()) {
                            rows++;
                            long key = keys.getLong(1);
                            if (liveSources.contains(SearchKeys.sourceOf(key))) {
                                candidates.add(SearchKeys.assetOf(key));
                            }
                        }
                    }
                    check(candidates);
                    if (rows < PAGE) {
                        return;
                    }
                }
            }
        }

        /** Sources the backfill has not finished: their rows above its mark are scanned; all rows of every source with {@code everything}. */
        private void fromRowsNotIndexedYet(Map<String, SearchSource> sources, boolean everything) throws SQLException {
            String pattern = "%" + LikePatterns.literal(lower) + "%";
            OptionalLong core = scanAfter(sources.get(SearchSource.CORE_NAME), everything);
            if (core.isPresent()) {
                long after = core.getAsLong();
                check(ids("select assetid from assets where assetid > ? and (lower(assetnumber) like ? escape '!' or lower(name) like ?"
                        + " escape '!' or lower(serialnumber) like ? escape '!') order by assetid limit ?", after, pattern, 3));
                check(ids("select distinct assetid from networkaddresses where assetid > ? and (lower(hostname) like ? escape '!'"
                        + " or ipaddress like ? escape '!' or lower(macaddress) like ? escape '!'"
                        + " or replace(lower(macaddress), ':', '') like ? escape '!') order by assetid limit ?", after, pattern, 4));
            }
            for (LiveField field : fields) {
                OptionalLong after = scanAfter(sources.get(field.sourceName()), everything);
                if (after.isEmpty()) {
                    continue;
                }
                Set<Long> ids;
                try {
                    ids = ids("select assetid from " + field.field().table() + " where assetid > ? and lower(" + field.field().column()
                            + ") like ? escape '!' order by assetid limit ?", after.getAsLong(), pattern, 1);
                } catch (SQLException e) {
                    skipped.accept(field.field().table(), e);
                    continue;
                }
                check(ids);
            }
        }

        /** The asset id above which a source's rows are scanned: its mark while it fills, 0 when unknown or {@code everything}; none when the index covers it. */
        private static OptionalLong scanAfter(SearchSource source, boolean everything) {
            if (everything || source == null) {
                return OptionalLong.of(0);
            }
            return source.complete() ? OptionalLong.empty() : OptionalLong.of(source.indexedUpTo());
        }

        private Set<Long> ids(String sql, long afterAssetId, String pattern, int patterns) throws SQLException {
            Set<Long> ids = new LinkedHashSet<>();
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                select.setLong(1, afterAssetId);
                for (int i = 0; i < patterns; i++) {
                    select.setString(2 + i, pattern);
                }
                select.setInt(2 + patterns, room);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        ids.add(rows.getLong(1));
                    }
                }
            }
            return ids;
        }

        /** Checks the new candidates against their current values; the ones that match become hits. */
        private void check(Collection<Long> candidates) throws SQLException {
            List<Long> fresh = candidates.stream().filter(id -> !found.contains(id) && seen.add(id)).toList();
            if (fresh.isEmpty()) {
                return;
            }
            Map<Long, CoreValues.Candidate> assets = CoreValues.candidates(connection, fresh);
            List<Long> notByCore = new ArrayList<>();
            for (CoreValues.Candidate asset : assets.values()) {
                Optional<SearchableValue> match = asset.values().stream().filter(value -> value.contains(lower)).findFirst();
                if (match.isPresent()) {
                    hits.put(asset.assetId(), new Ranked(0, hit(asset, match.get())));
                } else {
                    notByCore.add(asset.assetId());
                }
            }
            if (!notByCore.isEmpty()) {
                checkPluginFields(assets, notByCore);
            }
        }

        private void checkPluginFields(Map<Long, CoreValues.Candidate> assets, List<Long> assetIds) throws SQLException {
            Map<String, List<String>> columnsByTable = new LinkedHashMap<>();
            fields.forEach(live -> columnsByTable.computeIfAbsent(live.field().table(), table -> new ArrayList<>()).add(live.field().column()));
            Map<String, Map<Long, List<SearchableValue>>> valuesByTable = new HashMap<>();
            for (Map.Entry<String, List<String>> table : columnsByTable.entrySet()) {
                try {
                    valuesByTable.put(table.getKey(), PluginValues.read(connection, table.getKey(), table.getValue(), assetIds, false));
                } catch (SQLException e) {
                    skipped.accept(table.getKey(), e);
                    valuesByTable.put(table.getKey(), Map.of());
                }
            }
            for (long assetId : assetIds) {
                for (int group = 0; group < fields.size(); group++) {
                    LiveField live = fields.get(group);
                    Optional<SearchableValue> match = valuesByTable.get(live.field().table()).getOrDefault(assetId, List.of()).stream()
                            .filter(value -> value.field().equals(live.field().column()) && value.contains(lower)).findFirst();
                    if (match.isPresent()) {
                        hits.put(assetId, new Ranked(group + 1, hit(assets.get(assetId), match.get())));
                        break;
                    }
                }
            }
        }

        private static SearchHit hit(CoreValues.Candidate asset, SearchableValue match) {
            return new SearchHit(asset.assetId(), asset.assetNumber(), asset.name(), asset.assetTypeCode(), match.field(), match.value(),
                    RANK);
        }
    }

    /** A hit and its group: 0 matched by a core field, n by the n-th plugin field. */
    private record Ranked(int group, SearchHit hit) {
    }
}
