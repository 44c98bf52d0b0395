package org.shopdb.core.internal.search;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.shopdb.api.schema.SchemaReady;
import org.shopdb.api.tx.UnitOfWork;
import org.shopdb.core.internal.persistence.CorePersistence;
import org.shopdb.core.internal.search.LiveSearchFields.LiveField;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fills the contains index for rows written before it existed: all assets after an upgrade, a
 * plugin field when its plugin arrives (or arrives in another version). One background thread,
 * never holding up start-up; {@link #STEP} assets per transaction, each recording how far it got
 * ({@code searchsources.indexedupto}), so a restart resumes where it stopped. Until a source is
 * complete, search scans its rows above that mark ({@link ContainsRank}). Progress goes to the
 * log and to {@link #progress()} ({@code shopdb:search-reindex}).
 *
 * <p>On the embedded database a large fill ({@link #BULK_MIN_ASSETS} assets or more, and at least
 * half of all assets: after an upgrade, a rebuild) takes the suffix index away first and builds it
 * once at the end ({@link SuffixIndexStructure}); meanwhile search scans every source. A fill
 * interrupted then resumes at its marks and builds the index when it is done.
 */
@Component(service = SearchIndexBackfill.class, immediate = true)
public class SearchIndexBackfill {

    /** Assets indexed per transaction. */
    static final int STEP = 500;
    /** Fewer missing assets are filled into the index as it is, also on the embedded database. */
    static final long BULK_MIN_ASSETS = 50_000;
    private static final Duration TICK = Duration.ofSeconds(2);
    private static final Duration LOG_EVERY = Duration.ofSeconds(10);
    private static final Logger LOG = LoggerFactory.getLogger(SearchIndexBackfill.class);

    private final DataSource dataSource;
    private final UnitOfWork unitOfWork;
    private final SearchSources sources;
    private final LiveSearchFields liveFields;
    private final SuffixIndexStructure suffixIndex;
    private final long bulkMinAssets;
    private final ScheduledExecutorService worker;
    private final AtomicBoolean rebuildRequested = new AtomicBoolean();
    private final Map<String, Fill> running = new ConcurrentHashMap<>();
    private volatile boolean stopping;
    private volatile String pausedBecause;
    private volatile boolean building;

    @Activate
    public SearchIndexBackfill(@Reference(target = "(osgi.jndi.service.name=" + UnitOfWork.DATA_SOURCE_NAME + ")") DataSource dataSource,
            @Reference UnitOfWork unitOfWork, @Reference SearchSources sources, @Reference LiveSearchFields liveFields,
            @Reference(target = CorePersistence.SCHEMA_READY) SchemaReady schema, @Reference SuffixIndexStructure suffixIndex) {
        this(dataSource, unitOfWork, sources, liveFields, suffixIndex, BULK_MIN_ASSETS);
        worker.scheduleWithFixedDelay(this::tick, 0, TICK.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Without its background rounds: tests call {@link #tick()} themselves. */
    SearchIndexBackfill(DataSource dataSource, UnitOfWork unitOfWork, SearchSources sources, LiveSearchFields liveFields,
            SuffixIndexStructure suffixIndex, long bulkMinAssets) {
        this.dataSource = dataSource;
        this.unitOfWork = unitOfWork;
        this.sources = sources;
        this.liveFields = liveFields;
        this.suffixIndex = suffixIndex;
        this.bulkMinAssets = bulkMinAssets;
        this.worker = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "shopdb-search-backfill");
            thread.setDaemon(true);
            return thread;
        });
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        stopping = true;
        worker.shutdownNow();
        if (!worker.awaitTermination(30, TimeUnit.SECONDS)) {
            LOG.warn("Search index backfill did not stop within 30 s");
        }
    }

    /** Starts filling every live source again from its first row, and forgets the rows of sources no active plugin offers. */
    public void rebuild() {
        rebuildRequested.set(true);
    }

    /** One line per source: what the shell command shows. */
    public record SourceProgress(String source, String plugin, String state, long indexedUpTo, Long percent, Long assetsPerSecond) {
    }

    public List<SourceProgress> progress() {
        Set<String> live = liveFields.fields().stream().map(LiveField::sourceName).collect(Collectors.toSet());
        List<SourceProgress> lines = new ArrayList<>();
        for (SearchSource source : sources.all()) {
            Fill fill = running.get(source.name());
            String state;
            if (source.complete()) {
                state = "complete";
            } else if (!source.isCore() && !live.contains(source.name())) {
                state = "waiting for its plugin";
            } else if (fill != null) {
                state = "filling";
            } else {
                state = pausedBecause != null ? "paused: " + pausedBecause : "pending";
            }
            lines.add(new SourceProgress(source.name(), source.plugin(), state, source.indexedUpTo(), fill == null ? null : fill.percent(),
                    fill == null ? null : fill.assetsPerSecond()));
        }
        return lines;
    }

    /** Whether every source a live plugin (or the core) offers is complete, and the suffix index is there. */
    public boolean isComplete() {
        return suffixIndex.present() && progress().stream()
                .allMatch(line -> "complete".equals(line.state()) || "waiting for its plugin".equals(line.state()));
    }

    /** The suffix index's own state, for the shell command: read, away for a bulk fill, or being built. */
    public String suffixIndexState() {
        if (suffixIndex.present()) {
            return "in use";
        }
        return building ? "being built (contains search scans until it is done)"
                : "away while the sources are filled in bulk (contains search scans until it is built)";
    }

    /** One round: registers and restarts sources as plugins come and go, then fills what is incomplete. */
    void tick() {
        try {
            List<LiveField> live = liveFields.fields();
            if (rebuildRequested.getAndSet(false)) {
                restartAll(live);
            }
            List<SearchSource> incomplete = sync(live).stream().filter(source -> !source.complete()).toList();
            if (!incomplete.isEmpty() && suffixIndex.present() && suffixIndex.buildsInBulk()) {
                dropForABulkFill(incomplete);
            }
            for (SearchSource source : incomplete) {
                if (!stopping && !rebuildRequested.get()) {
                    fill(source);
                }
            }
            if (!suffixIndex.present() && !stopping && !rebuildRequested.get() && sync(live).stream().allMatch(SearchSource::complete)) {
                buildSuffixIndex();
            }
            if (pausedBecause != null) {
                LOG.info("Search index backfill resumed");
                pausedBecause = null;
            }
        } catch (RuntimeException e) {
            if (pausedBecause == null && !stopping) {
                LOG.warn("Search index backfill paused, retrying every {} s: {}", TICK.toSeconds(), e.getMessage());
            }
            pausedBecause = e.getMessage();
        }
    }

    /** Takes the suffix index away when the fill ahead is large (see the class comment). */
    private void dropForABulkFill(List<SearchSource> incomplete) {
        long missing = incomplete.stream().mapToLong(this::remaining).sum();
        long assets = count("select count(*) from assets");
        if (missing >= bulkMinAssets && missing * 2 >= assets) {
            LOG.info("Search index: {} of {} assets to index; the suffix index is taken away and built once they are in "
                    + "(embedded database); contains search scans until then", missing, assets);
            suffixIndex.drop();
        }
    }

    private void buildSuffixIndex() {
        long rows = count("select count(*) from searchsuffixes");
        LOG.info("Search index: building the suffix index over {} rows", rows);
        long started = System.nanoTime();
        building = true;
        try {
            suffixIndex.create();
        } finally {
            building = false;
        }
        LOG.info("Search index: suffix index built in {} s; contains search reads it again", (System.nanoTime() - started) / 1_000_000_000L);
    }

    /** The single number {@code sql} counts, with {@code parameters} bound in order. */
    private long count(String sql, long... parameters) {
        return Sql.withConnection(dataSource, sql, connection -> {
            try (PreparedStatement count = connection.prepareStatement(sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    count.setLong(i + 1, parameters[i]);
                }
                try (ResultSet rows = count.executeQuery()) {
                    return rows.next() ? rows.getLong(1) : 0L;
                }
            }
        });
    }

    /** The core's source and a source per live plugin field, registered or restarted as needed. */
    private List<SearchSource> sync(List<LiveField> live) {
        Map<String, SearchSource> known = new HashMap<>();
        sources.all().forEach(source -> known.put(source.name(), source));
        List<SearchSource> wanted = new ArrayList<>();
        if (known.containsKey(SearchSource.CORE_NAME)) {
            wanted.add(known.get(SearchSource.CORE_NAME));
        }
        for (LiveField field : live) {
            SearchSource source = known.get(field.sourceName());
            if (source == null) {
                source = sources.register(field.sourceName(), field.plugin(), field.pluginVersion());
            } else if (!field.pluginVersion().equals(source.pluginVersion())) {
                LOG.info("Search index: {} {} replaces {}; indexing its field {} again", field.plugin(), field.pluginVersion(),
                        source.pluginVersion(), source.name());
                sources.restart(source, field.pluginVersion());
                source = new SearchSource(source.id(), source.name(), field.plugin(), field.pluginVersion(), 0, false);
            }
            wanted.add(source);
        }
        return wanted;
    }

    private void restartAll(List<LiveField> live) {
        Map<String, String> versions = live.stream().collect(Collectors.toMap(LiveField::sourceName, LiveField::pluginVersion, (a, b) -> a));
        for (SearchSource source : sources.all()) {
            if (source.isCore() || versions.containsKey(source.name())) {
                sources.restart(source, source.isCore() ? null : versions.get(source.name()));
            } else {
                sources.drop(source);
            }
        }
        LOG.info("Search index: rebuilding every source from its first row");
    }

    /** Fills one source step by step until it is complete, stopping early when asked to. */
    private void fill(SearchSource source) {
        Fill fill = new Fill(remaining(source), System.nanoTime());
        running.put(source.name(), fill);
        try {
            if (fill.total > 0) {
                LOG.info("Search index: filling {} ({} assets above asset id {})", source.name(), fill.total, source.indexedUpTo());
            }
            long after = source.indexedUpTo();
            long lastLog = System.nanoTime();
            while (!stopping && !rebuildRequested.get()) {
                long from = after;
                Step step = Sql.required(unitOfWork, dataSource, "fill " + source.name(), connection -> step(connection, source, from));
                if (step.done()) {
                    if (fill.total > 0) {
                        LOG.info("Search index: {} complete ({} assets in {} s)", source.name(), fill.done, fill.seconds());
                    }
                    return;
                }
                after = step.upTo();
                fill.done += step.rows();
                if (System.nanoTime() - lastLog >= LOG_EVERY.toNanos()) {
                    lastLog = System.nanoTime();
                    LOG.info("Search index: {} {}% ({} of {} assets), {} assets/s, about {} s left", source.name(), fill.percent(), fill.done,
                            fill.total, fill.assetsPerSecond(), fill.secondsLeft());
                }
            }
        } finally {
            running.remove(source.name());
        }
    }

    /** Indexes the next {@link #STEP} rows of the source above {@code after}, in the caller's (the step's) transaction. */
    private Step step(Connection connection, SearchSource source, long after) throws SQLException {
        Map<Long, List<SearchableValue>> values = source.isCore()
                ? CoreValues.lockAndReadAfter(connection, after, STEP)
                : PluginValues.lockAndReadAfter(connection, source.table(), source.column(), after, STEP);
        if (values.isEmpty()) {
            sources.advance(connection, source.id(), after, true);
            return new Step(after, 0, true);
        }
        long upTo = values.keySet().stream().mapToLong(Long::longValue).max().orElseThrow();
        // Only the rows of the assets just read and locked: an id in a gap may belong to an asset being
        // inserted right now, whose rows its own transaction writes.
        for (long[] run : runs(values.keySet())) {
            SuffixRows.delete(connection, source.id(), run[0], run[1]);
        }
        SuffixRows.insert(connection, SuffixRows.rows(source.id(), values));
        sources.advance(connection, source.id(), upTo, false);
        return new Step(upTo, values.size(), false);
    }

    /** Consecutive ids as {@code [first, last]} ranges, from ids in ascending order. */
    static List<long[]> runs(Iterable<Long> ascending) {
        List<long[]> runs = new ArrayList<>();
        long[] run = null;
        for (long id : ascending) {
            if (run != null && id == run[1] + 1) {
                run[1] = id;
            } else {
                run = new long[] {id, id};
                runs.add(run);
            }
        }
        return runs;
    }

    private long remaining(SearchSource source) {
        String table = source.isCore() ? "assets" : source.table();
        if (!LiveSearchFields.isIdentifier(table)) {
            throw new IllegalStateException("search source " + source.name() + " does not name a plain table");
        }
        return count("select count(*) from " + table + " where assetid > ?", source.indexedUpTo());
    }

    private record Step(long upTo, int rows, boolean done) {
    }

    /** A running fill's progress. */
    private static final class Fill {

        final long total;
        final long started;
        volatile long done;

        Fill(long total, long started) {
            this.total = total;
            this.started = started;
        }

        long percent() {
            return total == 0 ? 100 : Math.min(100, 100 * done / total);
        }

        long seconds() {
            return (System.nanoTime() - started) / 1_000_000_000L;
        }

        long assetsPerSecond() {
            long seconds = seconds();
            return seconds == 0 ? done : done / seconds;
        }

        long secondsLeft() {
            long rate = assetsPerSecond();
            return rate == 0 ? -1 : Math.max(0, total - done) / rate;
        }
    }
}
