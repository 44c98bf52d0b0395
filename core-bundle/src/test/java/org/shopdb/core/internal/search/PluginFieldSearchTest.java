package org.shopdb.core.internal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shopdb.api.plugin.SearchField;
import org.shopdb.api.search.SearchHit;

/** Ranks 1 and 2 over plugin search fields against a real (H2) database shaped like ShopDB's. */
class PluginFieldSearchTest {

    private static final SearchField STREAM_URL = new SearchField("cameras", "streamurl", "Stream URL", 30);
    private static final SearchField MODEL = new SearchField("cameras", "model", "Model", 80);

    private PluginFieldSearch search;

    @BeforeEach
    void database() throws SQLException {
        JdbcDataSource database = new JdbcDataSource();
        database.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        try (Connection connection = database.getConnection(); Statement sql = connection.createStatement()) {
            sql.execute("create table assettypes (assettypeid bigint primary key, code varchar(50))");
            sql.execute("create table assets (assetid bigint primary key, assetnumber varchar(50), name varchar(255), assettypeid bigint)");
            sql.execute("create table cameras (assetid bigint primary key, streamurl varchar(255), model varchar(100))");
            sql.execute("insert into assettypes values (1, 'camera')");
            sql.execute("insert into assets values (1, 'CAM-1', 'Gate camera', 1), (2, 'CAM-2', 'Hall camera', 1), (3, 'CAM-3', 'Yard', 1)");
            sql.execute("insert into cameras values (1, 'rtsp://gate', 'AXIS P1'), (2, 'rtsp://hall', 'axis q2'), (3, 'rtsp://yard-axis', 'Bosch')");
        }
        search = new PluginFieldSearch(database);
    }

    @Test
    void exactMatchesIgnoreTheCaseTheUserTyped() {
        List<SearchHit> hits = search.rank(PluginFieldSearch.EXACT, "axis p1", List.of(MODEL), 10);
        assertEquals(List.of(new SearchHit(1, "CAM-1", "Gate camera", "camera", "model", "AXIS P1", 1)), hits);
    }

    @Test
    void prefixHitsNameTheColumnThatMatched() {
        List<SearchHit> prefix = search.rank(PluginFieldSearch.PREFIX, "rtsp://h", List.of(STREAM_URL), 10);
        assertEquals(List.of("CAM-2"), prefix.stream().map(SearchHit::assetNumber).toList());
        assertEquals("streamurl", prefix.get(0).matchedField());
        assertEquals(2, prefix.get(0).rank());
    }

    @Test
    void userWildcardsMatchThemselves() {
        assertTrue(search.rank(PluginFieldSearch.PREFIX, "%", List.of(MODEL), 10).isEmpty());
    }

    @Test
    void aMissingTableOrColumnIsSkippedAndTheRestStillAnswers() {
        List<SearchField> fields = List.of(new SearchField("gone", "model", "Gone", 100), new SearchField("cameras", "nosuchcolumn", "Nope", 90),
                MODEL);
        List<SearchHit> hits = search.rank(PluginFieldSearch.PREFIX, "Bos", fields, 10);
        assertEquals(List.of("CAM-3"), hits.stream().map(SearchHit::assetNumber).toList());
    }

    @Test
    void theLimitIsRespectedAcrossFields() {
        List<SearchHit> hits = search.rank(PluginFieldSearch.PREFIX, "r", List.of(STREAM_URL, MODEL), 2);
        assertEquals(2, hits.size());
        assertFalse(hits.stream().anyMatch(hit -> hit.matchedField().equals("model")));
    }

    @Test
    void containsIsNotThisClassesRank() {
        assertThrows(IllegalArgumentException.class, () -> search.rank(ContainsRank.RANK, "axis", List.of(MODEL), 10));
    }
}
