package org.shopdb.plugins.cameras.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.persistence.EntityManagerFactory;
import javax.persistence.OptimisticLockException;
import javax.persistence.Persistence;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shopdb.api.error.InvalidRequestException;
import org.shopdb.api.paging.Page;
import org.shopdb.api.paging.PageRequest;

import liquibase.Liquibase;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;

/**
 * The changelog and every query of the repository on H2 in the mode the distribution runs it
 * ({@code MODE=LEGACY}), with the core's own changelog building the tables cameras extends.
 */
class CameraRepositoryTest {

    private static final CameraFields AXIS = new CameraFields("rtsp://10.0.0.1/live", "1920x1080", 25, null, "Axis", "M3106",
            "9.80.1", "nvr-1", null, false);

    private JdbcDataSource database;
    private EntityManagerFactory entityManagers;
    private CameraRepository repository;

    @BeforeEach
    void migratedDatabase() throws Exception {
        database = new JdbcDataSource();
        database.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";MODE=LEGACY;DB_CLOSE_DELAY=-1");
        try (Connection connection = database.getConnection()) {
            for (String changelog : List.of("db/shopdb-core.xml", "db/shopdb-cameras.xml")) {
                new Liquibase(changelog, new ClassLoaderResourceAccessor(),
                        DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection))).update("");
            }
        }
        sql("insert into assettypes (code, name, owner) values ('camera', 'Camera', 'org.shopdb.plugins.cameras')");
        sql("insert into locations (locationid, parentid, kind, code, name, path) values (1, null, 'SITE', 'S', 'Site', '/1/')");
        sql("insert into locations (locationid, parentid, kind, code, name, path) values (2, 1, 'BUILDING', 'B', 'Hall', '/1/2/')");
        entityManagers = Persistence.createEntityManagerFactory("shopdb-cameras", Map.of("javax.persistence.nonJtaDataSource", database));
        repository = new CameraRepository(entityManagers, new DirectUnitOfWork(), null);
    }

    @AfterEach
    void close() {
        entityManagers.close();
    }

    @Test
    void changelogNamesIndexesByTableAndEnforcesTheChecks() throws Exception {
        assertEquals(6, count("select count(*) from information_schema.indexes where table_name = 'CAMERAS' and index_name like 'IDX_CAMERAS_%'"));
        long id = asset("CAM-1", "inservice", null);
        assertThrows(SQLException.class, () -> sql("insert into cameras (assetid, streamurl, fps) values (" + id + ", 'rtsp://h/x', 0)"));
        assertThrows(SQLException.class, () -> sql("insert into cameras (assetid, streamurl, retentiondays) values (" + id + ", 'rtsp://h/x', 4000)"));
        assertThrows(SQLException.class, () -> sql("insert into cameras (assetid, streamurl) values (987654, 'rtsp://h/x')"));
        sql("insert into cameras (assetid, streamurl, fps) values (" + id + ", 'rtsp://h/x', 240)");
        sql("delete from assets where assetid = " + id);
        assertEquals(0, count("select count(*) from cameras"), "deleting the asset cascades");
    }

    @Test
    void insertedCameraIsReadBack() {
        long id = asset("CAM-1", "inservice", null);
        repository.insert(id, AXIS);
        StoredCamera stored = repository.find(id).orElseThrow();
        assertEquals(AXIS, stored.fields());
        assertEquals(null, stored.lastSeen());
        assertTrue(repository.find(id + 1).isEmpty());
    }

    @Test
    void updateFromAStaleReadIsRefused() {
        long id = asset("CAM-1", "inservice", null);
        repository.insert(id, AXIS);
        long read = repository.find(id).orElseThrow().version();
        CameraFields newer = new CameraFields("rtsp://10.0.0.1/live", "1920x1080", 15, null, "Axis", "M3106", "9.80.1", "nvr-1", null, false);
        repository.update(id, newer, read);
        StoredCamera after = repository.find(id).orElseThrow();
        assertEquals(15, after.fields().fps());
        assertTrue(after.version() > read);
        assertThrows(OptimisticLockException.class, () -> repository.update(id, AXIS, read));
    }

    @Test
    void lastSeenOnlyMovesForwardAndLeavesTheVersionAlone() {
        long id = asset("CAM-1", "inservice", null);
        repository.insert(id, AXIS);
        long version = repository.find(id).orElseThrow().version();
        repository.recordSeen(id, Instant.parse("2026-11-25T08:00:00Z"));
        repository.recordSeen(id, Instant.parse("2026-11-20T08:00:00Z"));
        StoredCamera seen = repository.find(id).orElseThrow();
        assertEquals(Instant.parse("2026-11-25T08:00:00Z"), seen.lastSeen());
        assertEquals(version, seen.version());
    }

    @Test
    void listFiltersByAssetAndCameraFieldsAndPages() {
        long one = camera("CAM-1", "inservice", 2L, AXIS);
        long two = camera("CAM-2", "spare", 1L, new CameraFields("rtsp://10.0.0.2/live", null, null, null, "axis", "Q6155", null, "nvr-2", null, true));
        long three = camera("CAM-3", "inservice", null, new CameraFields("rtsp://10.0.0.3/live", null, null, null, "Bosch", "Flexidome", null, null, null, false));
        asset("PC-1", "inservice", 2L);
        repository.recordSeen(one, Instant.parse("2026-11-25T08:00:00Z"));
        repository.recordSeen(two, Instant.parse("2026-11-01T08:00:00Z"));
        long inService = statusId("inservice");

        assertEquals(List.of(one, two, three), ids(query(null, null, null, null, null, null, null)));
        assertEquals(List.of(one, two), ids(query(null, null, "AXIS", null, null, null, null)), "vendor ignores case");
        assertEquals(List.of(two), ids(query(null, null, null, "q6155", null, null, null)));
        assertEquals(List.of(one), ids(query(null, null, null, null, "NVR-1", null, null)));
        assertEquals(List.of(one, three), ids(repository.page(new CameraQuery(null, null, null, null, null, null, page(null)), inService, null)));
        assertEquals(List.of(one, two), ids(repository.page(new CameraQuery(null, 1L, null, null, null, null, page(null)), null, List.of(1L, 2L))));
        assertEquals(List.of(two, three), ids(query(null, null, null, null, null, Instant.parse("2026-11-10T00:00:00Z"), null)),
                "not seen since: seen before it, or never");
        assertEquals(List.of(three, two, one), ids(query(null, null, null, null, null, null, "-assetnumber")));
        assertEquals(List.of(three, one, two), ids(query(null, null, null, null, null, null, "model")));

        Page<ListedCamera> second = repository.page(new CameraQuery(null, null, null, null, null, null, new PageRequest(2, 2, null)), null, null);
        assertEquals(3, second.total());
        assertEquals(List.of(three), ids(second));
        assertThrows(InvalidRequestException.class, () -> query(null, null, null, null, null, null, "streamurl"));
    }

    @Test
    void listedAssetsReadLikeTheCoreHandsThemOut() {
        long id = camera("CAM-1", "spare", 2L, AXIS);
        ListedCamera listed = query(null, null, null, null, null, null, null).items().get(0);
        org.shopdb.api.asset.Asset asset = listed.asset().toAsset(Map.of(1L, "camera"), Map.of(statusId("spare"), "spare"));
        assertEquals(id, asset.assetId());
        assertEquals("CAM-1 name", asset.name());
        assertEquals("camera", asset.assetTypeCode());
        assertEquals("spare", asset.statusCode());
        assertEquals(2L, asset.locationId());
        assertTrue(asset.active());
        assertTrue(asset.createdDate() != null);
    }

    @Test
    void dashboardQueriesCountByStatusAndFindTheSilentOnes() {
        long one = camera("CAM-1", "inservice", null, AXIS);
        long two = camera("CAM-2", "inservice", null, AXIS);
        camera("CAM-3", "spare", null, AXIS);
        repository.recordSeen(one, Instant.parse("2026-11-25T08:00:00Z"));
        repository.recordSeen(two, Instant.parse("2026-11-01T08:00:00Z"));
        assertEquals(Map.of(statusId("inservice"), 2L, statusId("spare"), 1L), repository.countByStatus());
        List<UnseenCamera> silent = repository.seenOnlyBefore(Instant.parse("2026-11-24T12:00:00Z"), 20);
        assertEquals(List.of(new UnseenCamera(two, "CAM-2", "CAM-2 name", Instant.parse("2026-11-01T08:00:00Z"))), silent,
                "the one never seen is left out");
    }

    @Test
    void addressesAreFoundByAssetAndCamerasByMac() throws Exception {
        long one = camera("CAM-1", "inservice", null, AXIS);
        long pc = asset("PC-1", "inservice", null);
        sql("insert into networkaddresses (assetid, ipaddress, macaddress, isprimary, createddate) values (" + one
                + ", '10.0.0.1', 'AC:CC:8E:00:00:01', true, current_timestamp)");
        sql("insert into networkaddresses (assetid, macaddress, isprimary, createddate) values (" + pc
                + ", 'AC:CC:8E:00:00:02', true, current_timestamp)");
        assertEquals("10.0.0.1", repository.primaryAddresses(List.of(one, pc)).get(one).ipAddress());
        assertEquals(one, repository.cameraAddressWithMac("AC:CC:8E:00:00:01").orElseThrow().assetId());
        assertTrue(repository.cameraAddressWithMac("AC:CC:8E:00:00:02").isEmpty(), "a PC's MAC is no camera's");
    }

    // --- helpers -------------------------------------------------------------------------

    private Page<ListedCamera> query(String status, Long location, String vendor, String model, String server, Instant since, String sort) {
        return repository.page(new CameraQuery(status, location, vendor, model, server, since, page(sort)), null, null);
    }

    private static PageRequest page(String sort) {
        return new PageRequest(1, 50, sort);
    }

    private static List<Long> ids(Page<ListedCamera> page) {
        return page.items().stream().map(listed -> listed.camera().assetId()).toList();
    }

    private long camera(String number, String status, Long location, CameraFields fields) {
        long id = asset(number, status, location);
        repository.insert(id, fields);
        return id;
    }

    private long asset(String number, String status, Long location) {
        try {
            sql("insert into assets (assetnumber, name, assettypeid, statusid, locationid, createddate, modifieddate)"
                    + " values ('" + number + "', '" + number + " name', (select assettypeid from assettypes where code = 'camera'), "
                    + statusId(status) + ", " + location + ", current_timestamp, current_timestamp)");
            return count("select assetid from assets where assetnumber = '" + number + "'");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private long statusId(String code) {
        try {
            return count("select statusid from assetstatuses where code = '" + code + "'");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void sql(String sql) throws SQLException {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private long count(String sql) throws SQLException {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
