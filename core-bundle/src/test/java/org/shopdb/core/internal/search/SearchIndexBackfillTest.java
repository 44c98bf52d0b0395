package org.shopdb.core.internal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shopdb.core.internal.search.LiveSearchFields.LiveField;

/**
 * The backfill on the core's real schema (embedded database): rows written before the index
 * existed are found by a scan until it has filled them, then from the index alone.
 */
class SearchIndexBackfillTest {

    private static final int ASSETS = SearchIndexBackfill.STEP * 2 + 7;

    private SearchTestDatabase db;

    @BeforeEach
    void upgradedDatabase() throws SQLException {
        db = new SearchTestDatabase();
        db.transactions.required(() -> {
            for (int i = 1; i <= ASSETS; i++) {
                db.insertAssetRow(String.format("OLD-%04d", i), "Drill " + i, "SN" + i);
            }
            return null;
        });
    }

    @Test
    void searchIsRightBeforeTheBackfillAndAnsweredFromTheIndexAfterIt() throws SQLException {
        assertEquals(0, db.indexRows());
        assertEquals(List.of("OLD-0777:assetnumber"), db.contains("d-0777"), "found by the scan of rows not indexed yet");

        db.backfill().tick();

        Map<String, SearchSource> sources = sources();
        assertTrue(sources.get(SearchSource.CORE_NAME).complete());
        assertEquals(db.single("select max(assetid) from assets"), sources.get(SearchSource.CORE_NAME).indexedUpTo());
        assertTrue(db.indexRows() > ASSETS);
        assertEquals(List.of("OLD-0777:assetnumber"), db.contains("d-0777"));
        db.insertAssetRow("GHOST-1", "Written behind the index's back", null);
        assertEquals(List.of(), db.contains("ghost"), "a complete source is not scanned any more");
    }

    @Test
    void aResumedBackfillStartsAtItsMarkAndRowsAboveItAreScanned() throws SQLException {
        long mark = db.single("select min(assetid) from assets") + SearchIndexBackfill.STEP - 1;
        db.execute("update searchsources set indexedupto = " + mark + " where sourceid = 1");
        assertEquals(List.of("OLD-0900:assetnumber"), db.contains("d-0900"), "above the mark: scanned");
        assertEquals(List.of(), db.contains("d-0100"), "below the mark the index is trusted (and empty here)");

        db.backfill().tick();

        assertEquals(List.of("OLD-0900:assetnumber"), db.contains("d-0900"));
        assertEquals(List.of(), db.contains("d-0100"), "rows below the mark were not written again");
        assertTrue(sources().get(SearchSource.CORE_NAME).complete());
    }

    @Test
    void aPluginFieldIsFilledOnArrivalAndAgainForAnotherVersion() throws SQLException {
        db.execute("insert into cameras select assetid, 'rtsp://cam-' || assetid, 'Axis M' || assetid from assets");
        db.live = List.of();
        db.backfill().tick();
        assertEquals(List.of(), db.contains("rtsp://cam"), "no plugin, no plugin field");

        db.live = List.of(SearchTestDatabase.STREAM_URL);
        long camera = db.single("select min(assetid) from assets");
        assertEquals("OLD-0001:streamurl", db.contains("rtsp://cam-" + camera + "").get(0), "scanned before its backfill");
        db.backfill().tick();
        SearchSource streamUrl = sources().get("cameras.streamurl");
        assertTrue(streamUrl.complete());
        assertEquals("1.0.0", streamUrl.pluginVersion());
        db.execute("delete from cameras where assetid = " + camera); // behind the index's back: rows stay, the check drops them
        assertFalse(db.contains("rtsp://cam-" + camera).contains("OLD-0001:streamurl"));

        db.live = List.of(new LiveField("cameras", "2.0.0", SearchTestDatabase.STREAM_URL.field()));
        db.backfill().tick();
        assertEquals("2.0.0", sources().get("cameras.streamurl").pluginVersion());
        assertTrue(sources().get("cameras.streamurl").complete());
    }

    @Test
    void aRebuildFillsLiveSourcesAgainAndForgetsTheRowsOfGoneOnes() throws SQLException {
        db.execute("insert into cameras select assetid, 'rtsp://cam-' || assetid, 'Axis' from assets");
        SearchIndexBackfill backfill = db.backfill();
        backfill.tick();
        long withCameras = db.indexRows();

        db.live = List.of();
        backfill.rebuild();
        backfill.tick();

        assertEquals(List.of(SearchSource.CORE_NAME), List.copyOf(sources().keySet()));
        assertTrue(db.indexRows() < withCameras);
        assertTrue(backfill.isComplete());
        assertEquals("complete", backfill.progress().get(0).state());
    }

    @Test
    void aChildTableWithSeveralRowsPerAssetIsIndexedWholeAcrossSteps() throws SQLException {
        // Ports of switches: three rows per asset, so a step of STEP rows would end inside an asset.
        db.execute("create table switchports (portid bigint auto_increment primary key,"
                + " assetid bigint not null references assets(assetid) on delete cascade, connectedmac varchar(40))");
        db.execute("insert into switchports (assetid, connectedmac) select assetid, 'AA:00:00:00:' || assetid || ':01' from assets");
        db.execute("insert into switchports (assetid, connectedmac) select assetid, 'AA:00:00:00:' || assetid || ':02' from assets");
        db.execute("insert into switchports (assetid, connectedmac) select assetid, 'AA:00:00:00:' || assetid || ':03' from assets");
        db.live = List.of(new LiveField("network", "1.0.0", new org.shopdb.api.plugin.SearchField("switchports", "connectedmac", "Port MAC", 80)));

        db.backfill().tick();

        assertTrue(sources().get("switchports.connectedmac").complete(), "from now on the index alone answers");
        long last = db.single("select max(assetid) from assets");
        long atAStepBoundary = db.single("select min(assetid) from assets") + SearchIndexBackfill.STEP - 1;
        for (long asset : List.of(atAStepBoundary, atAStepBoundary + 1, last)) {
            for (String port : List.of(":01", ":02", ":03")) {
                assertEquals(List.of("connectedmac"), db.contains(":00:" + asset + port).stream().map(hit -> hit.split(":")[1]).toList(),
                        "port " + port + " of asset " + asset + " is in the index");
            }
        }
    }

    @Test
    void aLargeFillOnTheEmbeddedDatabaseBuildsTheSuffixIndexOnceEveryRowIsIn() throws SQLException {
        RecordingStructure structure = new RecordingStructure(true);
        SearchIndexBackfill backfill = new SearchIndexBackfill(db.transactions, db.transactions, db.sources, db.liveFields, structure, ASSETS);

        backfill.tick();

        assertEquals(List.of("drop with 0 rows", "create with " + db.indexRows() + " rows"), structure.steps);
        assertTrue(new SuffixIndexStructure(db.transactions, true).present(), "the index is in the database again");
        assertTrue(backfill.isComplete());
        assertEquals("in use", backfill.suffixIndexState());
        assertEquals(List.of("OLD-0777:assetnumber"), db.contains("d-0777"));
    }

    @Test
    void aFillBelowTheBulkSizeOrOnMySqlKeepsTheIndex() throws SQLException {
        RecordingStructure small = new RecordingStructure(true);
        new SearchIndexBackfill(db.transactions, db.transactions, db.sources, db.liveFields, small, ASSETS + 1).tick();
        assertEquals(List.of(), small.steps, "fewer missing assets than the bulk size");

        db.execute("update searchsources set indexedupto = 0, iscomplete = false");
        RecordingStructure mysql = new RecordingStructure(false);
        new SearchIndexBackfill(db.transactions, db.transactions, db.sources, db.liveFields, mysql, 1).tick();
        assertEquals(List.of(), mysql.steps, "MySQL fills its index as it is");
        assertTrue(db.sources.all().get(0).complete());
    }

    @Test
    void whileTheSuffixIndexIsAwaySearchScansEverySourceAndTheNextRoundBuildsIt() throws SQLException {
        db.execute("insert into cameras select assetid, 'rtsp://cam-' || assetid, 'Axis' from assets");
        SearchIndexBackfill backfill = db.backfill();
        backfill.tick();
        long camera = db.single("select max(assetid) from assets");
        db.execute("delete from searchsuffixes");
        assertEquals(List.of(), db.contains("d-0777"), "complete sources: the index is trusted");

        db.suffixIndex.drop(); // as a bulk fill does, or as a fill interrupted in bulk leaves it
        assertEquals(List.of("OLD-0777:assetnumber"), db.contains("d-0777"), "the core's fields are scanned");
        assertEquals(List.of("OLD-" + String.format("%04d", ASSETS) + ":streamurl"), db.contains("rtsp://cam-" + camera),
                "a plugin field is scanned");
        assertFalse(backfill.isComplete());

        backfill.tick();

        assertTrue(db.suffixIndex.present());
        assertTrue(new SuffixIndexStructure(db.transactions, true).present());
        assertEquals(List.of(), db.contains("d-0777"), "the index is read again");
    }

    @Test
    void consecutiveIdsAreDeletedAsRanges() {
        List<long[]> runs = SearchIndexBackfill.runs(List.of(3L, 4L, 5L, 9L, 11L, 12L));
        assertEquals(List.of("3-5", "9-9", "11-12"), runs.stream().map(run -> run[0] + "-" + run[1]).toList());
    }

    /** The real structure, recording when the backfill takes the index away and builds it, and how many rows it then held. */
    private final class RecordingStructure extends SuffixIndexStructure {

        final List<String> steps = new ArrayList<>();

        RecordingStructure(boolean embedded) {
            super(db.transactions, embedded);
        }

        @Override
        void drop() {
            steps.add("drop with " + rows() + " rows");
            super.drop();
        }

        @Override
        void create() {
            steps.add("create with " + rows() + " rows");
            super.create();
        }

        private long rows() {
            try {
                return db.indexRows();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private Map<String, SearchSource> sources() {
        return db.sources.all().stream().collect(Collectors.toMap(SearchSource::name, source -> source, (a, b) -> a,
                java.util.LinkedHashMap::new));
    }
}
