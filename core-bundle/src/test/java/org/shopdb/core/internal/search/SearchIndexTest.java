package org.shopdb.core.internal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shopdb.api.search.SearchHit;

/** The contains index on the core's real schema (embedded database): writes, rank 3, plugin fields. */
class SearchIndexTest {

    private SearchTestDatabase db;

    @BeforeEach
    void database() throws SQLException {
        db = new SearchTestDatabase();
        db.backfill().tick(); // a fresh database: nothing to fill, every source complete
    }

    @Test
    void anAssetIsFoundByAnyPartOfItsNumberNameOrSerial() {
        db.createAsset("BN-0050123", "Grinder 4 label printer", "SNV5NLHK77");
        assertEquals(List.of("BN-0050123:assetnumber"), db.contains("0050"));
        assertEquals(List.of("BN-0050123:name"), db.contains("RINDE"));
        assertEquals(List.of("BN-0050123:name"), db.contains("4 label pr"));
        assertEquals(List.of("BN-0050123:serialnumber"), db.contains("v5nlhk"));
        assertEquals(List.of(), db.contains("qqxqq"));
    }

    @Test
    void queriesShorterThanThreeCharactersDoNotSearchForContains() {
        db.createAsset("A-1", "Lathe", null);
        assertEquals(List.of(), db.contains("at"));
        assertEquals(List.of("A-1:name"), db.contains("ath"));
    }

    @Test
    void wildcardsTypedByTheUserMatchThemselves() {
        db.createAsset("A-1", "Saw 100% ready", null);
        db.createAsset("A-2", "Saw 1000 ready", null);
        assertEquals(List.of("A-1:name"), db.contains("00% r"));
        assertEquals(List.of(), db.contains("w_1"));
    }

    @Test
    void longQueriesAreCheckedAgainstTheValuesBeyondTheStoredSixteenCharacters() {
        db.createAsset("A-1", "rtsp://recorder01.plant/cam/0001", null);
        db.createAsset("A-2", "rtsp://recorder01.plant/cam/0002", null);
        assertEquals(List.of("A-2:name"), db.contains("recorder01.plant/cam/0002"));
        assertEquals(List.of("A-1:name", "A-2:name"), db.contains("recorder01.plant/cam/000"));
    }

    @Test
    void anUpdateReplacesTheOldTextAndADeleteRemovesEveryRow() throws SQLException {
        long id = db.createAsset("A-1", "Old grinder", null);
        db.transactions.required(() -> {
            db.execute("update assets set name = 'New lathe' where assetid = " + id);
            db.coreIndex.assetChanged(id);
            return null;
        });
        assertEquals(List.of(), db.contains("grinder"));
        assertEquals(List.of("A-1:name"), db.contains("lathe"));

        db.transactions.required(() -> {
            db.execute("delete from assets where assetid = " + id);
            db.coreIndex.assetDeleted(id);
            return null;
        });
        assertEquals(0, db.indexRows());
    }

    @Test
    void aRolledBackWriteLeavesNoIndexRows() throws SQLException {
        assertThrows(IllegalStateException.class, () -> db.transactions.required(() -> {
            db.insertAssetRow("A-1", "Grinder", "SN1");
            db.coreIndex.assetCreated(1, "A-1", "Grinder", "SN1");
            throw new IllegalStateException("a later part of the write failed");
        }));
        assertEquals(0, db.indexRows());
        assertEquals(List.of(), db.contains("rinde"));
    }

    @Test
    void addressesAreFoundByHostnameIpAndMacWithOrWithoutColons() throws SQLException {
        long id = db.createAsset("A-1", "Cell 4 CMM PC", null);
        db.transactions.required(() -> {
            db.coreIndex.lock(id);
            db.execute("insert into networkaddresses (assetid, ipaddress, macaddress, hostname, isprimary, createddate) values ("
                    + id + ", '10.44.0.17', '00:1A:2B:3C:4D:5E', 'cmm-pc-04.plant', true, current_timestamp)");
            db.coreIndex.assetChanged(id);
            return null;
        });
        assertEquals(List.of("A-1:hostname"), db.contains("pc-04"));
        assertEquals(List.of("A-1:ipaddress"), db.contains("44.0.1"));
        assertEquals(List.of("A-1:macaddress"), db.contains("3c:4d"));
        assertEquals(List.of("A-1:macaddress"), db.contains("3c4d5e"));
    }

    @Test
    void pluginFieldsAreIndexedWhenThePluginReindexesAndRankByWeightAfterTheCore() throws SQLException {
        long camera = db.createAsset("CAM-1", "Gate", null);
        long named = db.createAsset("CAM-2", "Axis gate camera", null);
        long other = db.createAsset("CAM-3", "Yard", null);
        db.transactions.required(() -> {
            db.execute("insert into cameras values (" + camera + ", 'rtsp://gate', 'AXIS P1')");
            db.execute("insert into cameras values (" + other + ", 'rtsp://yard-axis', 'Bosch')");
            db.searchIndex().reindex(camera);
            db.searchIndex().reindex(other);
            return null;
        });
        assertEquals(List.of("CAM-2:name", "CAM-3:streamurl", "CAM-1:model"), db.contains("axis"),
                "the core's fields first, then the heavier plugin field, each by asset number");
        assertTrue(named > 0);
    }

    @Test
    void aPluginFieldChangeIsReflectedAtOnceAndAGonePluginStopsMatching() throws SQLException {
        long camera = db.createAsset("CAM-1", "Gate", null);
        db.transactions.required(() -> {
            db.execute("insert into cameras values (" + camera + ", 'rtsp://gate', 'AXIS P1')");
            db.searchIndex().reindex(camera);
            return null;
        });
        db.transactions.required(() -> {
            db.execute("update cameras set model = 'Bosch Flexidome' where assetid = " + camera);
            db.searchIndex().reindex(camera);
            return null;
        });
        assertEquals(List.of(), db.contains("axis"));
        assertEquals(List.of("CAM-1:model"), db.contains("flexi"));

        db.live = List.of(); // the plugin went away: its rows stay, but no longer match
        assertEquals(List.of(), db.contains("flexi"));
        db.live = List.of(SearchTestDatabase.STREAM_URL, SearchTestDatabase.MODEL);
        assertEquals(List.of("CAM-1:model"), db.contains("flexi"), "and match again when it is back");
    }

    @Test
    void hitsOfEarlierRanksAreLeftOutAndRoomIsRespected() {
        long first = db.createAsset("A-1", "Grinder", null);
        db.createAsset("A-2", "Grinder", null);
        db.createAsset("A-3", "Grinder", null);
        List<SearchHit> hits = db.contains.hits("grind", db.live, Set.of(first), 1);
        assertEquals(List.of("A-2"), hits.stream().map(SearchHit::assetNumber).toList());
        assertEquals(3, hits.get(0).rank());
    }

    @Test
    void manyMatchesAreReadPageByPageUpToTheRoom() {
        for (int i = 0; i < ContainsRank.PAGE + 200; i++) {
            db.createAsset(String.format("P-%05d", i), "Press line " + i, null);
        }
        List<SearchHit> hits = db.contains.hits("press", db.live, Set.of(), 1100);
        assertEquals(1100, hits.size());
        assertEquals(1100, hits.stream().map(SearchHit::assetId).distinct().count());
        assertEquals(ContainsRank.PAGE + 200, db.contains.hits("press", db.live, Set.of(), 5000).size());
    }
}
