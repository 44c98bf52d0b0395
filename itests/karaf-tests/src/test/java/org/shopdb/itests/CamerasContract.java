package org.shopdb.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import javax.inject.Inject;

import org.junit.Before;
import org.junit.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.shopdb.api.audit.Actor;
import org.shopdb.api.plugin.Collector;
import org.shopdb.api.plugin.CollectorOutcome;
import org.shopdb.api.tx.UnitOfWork;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The cameras plugin on the running distribution, installed live with {@code feature:install
 * shopdb-cameras}: CRUD at {@code /api/cameras} with audit and optimistic locking, filters and
 * paging, one transaction per write, the discovery collector, and uninstall / reinstall keeping
 * every row. Each subclass boots it on one database.
 */
public abstract class CamerasContract {

    private static final String FEATURE = "shopdb-cameras";
    /** The operator's plain commands: the assembly refreshes nothing on feature operations (ADR 0008). */
    private static final String INSTALL = "feature:install " + FEATURE;
    private static final String UNINSTALL = "feature:uninstall " + FEATURE;
    private static final String BUNDLE = "org.shopdb.plugins.cameras";
    private static final Duration BOOT = Duration.ofSeconds(90);
    private static final Duration LIVE = Duration.ofSeconds(60);
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    protected BundleContext context;

    private final Http http = new Http();

    @Before
    public void camerasInstalledLive() throws Exception {
        http.awaitStatus("/api/health", 200, BOOT);
        if (camerasBundle() == null) {
            installWatched(Map.of("/api/cameras", RouteWatch.collectionList()));
        }
    }

    /**
     * The plain {@code feature:install} with the plugin's routes asked in a tight loop from the moment
     * it is issued: the core's JSON 404 until they answer whole, nothing else (ADR 0009). The first
     * test of a run installs the plugin on a database that never had it.
     */
    private void installWatched(Map<String, Predicate<Http.Reply>> routes) throws Exception {
        RouteWatch.whileArriving(http, () -> shell(INSTALL), LIVE, routes);
    }

    @Test
    public void installAndUninstallLeaveTheCoreRunning() throws Exception {
        Object coreService = context.getServiceReference(org.shopdb.api.asset.AssetService.class).getProperty("service.id");
        RouteWatch.whileDeparting(http, () -> shell(UNINSTALL), LIVE,
                Map.of("/api/cameras", RouteWatch.collectionList(), "/api/cameras?vendor=Panasonic", RouteWatch.collectionList()));
        installWatched(Map.of("/api/cameras", RouteWatch.collectionList(), "/api/cameras?vendor=Panasonic", RouteWatch.collectionList()));
        assertEquals("the core's services were not restarted", coreService,
                context.getServiceReference(org.shopdb.api.asset.AssetService.class).getProperty("service.id"));
    }

    @Test
    public void installedFeatureIsAPluginBundleNotABootFeature() throws Exception {
        Bundle bundle = camerasBundle();
        assertNotNull("feature:install brought the bundle", bundle);
        assertEquals(Bundle.ACTIVE, bundle.getState());
        assertTrue(shell("feature:list -i").contains(FEATURE));
        String boot = shell("config:property-get -p org.apache.karaf.features featuresBoot");
        assertFalse("installed live, not booted: " + boot, boot.contains(FEATURE));
        JsonNode plugin = awaitInstalledWithEveryHook();
        assertTrue(plugin.toString(), plugin.path("version").asText().startsWith("0.1.0"));
        JsonNode types = http.get("/api/assettypes").json().path("data");
        assertTrue("install hook seeded the camera type: " + types,
                types.toString().contains("\"code\":\"camera\"") && types.toString().contains("\"owner\":\"" + BUNDLE + "\""));
    }

    /**
     * The core runs the install hook on a worker thread once the schema is ready, and records
     * when; the hook services come up as their components activate, each in its own time.
     */
    private JsonNode awaitInstalledWithEveryHook() throws Exception {
        List<String> hooks = List.of("searchfields", "navigation", "dashboard", "fieldschema", "collector", "lifecycle");
        long deadline = System.nanoTime() + LIVE.toNanos();
        JsonNode plugin;
        do {
            plugin = http.get("/api/plugins/cameras").json().path("data");
            String registered = plugin.path("hooks").toString();
            if (plugin.hasNonNull("installeddate") && hooks.stream().allMatch(hook -> registered.contains("\"" + hook + "\""))) {
                return plugin;
            }
            Thread.sleep(200);
        } while (System.nanoTime() < deadline);
        throw new AssertionError("not installed with every hook " + hooks + " within " + LIVE + ": " + plugin);
    }

    @Test
    public void searchNavigationAndDashboardIncludeCameras() throws Exception {
        String url = "rtsp://10.70.0.5/find-me-by-stream";
        long id = create(camera("CAM-FIND-1", "Found by its stream", url).put("model", "FindModel")).path("assetid").asLong();

        JsonNode hits = http.get("/api/search?q=" + java.net.URLEncoder.encode(url, java.nio.charset.StandardCharsets.UTF_8)).json().path("data");
        JsonNode hit = first(hits, "assetid", String.valueOf(id));
        assertNotNull("search finds the camera by its stream URL: " + hits, hit);
        assertEquals("streamurl", hit.path("matchedfield").asText());
        assertNotNull("and by model", first(http.get("/api/search?q=FindModel").json().path("data"), "assetid", String.valueOf(id)));

        JsonNode entry = first(http.get("/api/navigation").json().path("data"), "path", "/api/cameras");
        assertNotNull("navigation lists /api/cameras", entry);
        assertEquals("cameras", entry.path("plugin").asText());

        JsonNode dashboard = http.get("/api/dashboard").json().path("data");
        JsonNode byStatus = first(dashboard, "id", "cameras-by-status");
        assertNotNull("dashboard has cameras by status: " + dashboard, byStatus);
        assertEquals("breakdown", byStatus.path("kind").asText());
        assertTrue(byStatus.toString(), byStatus.path("data").path("slices").get(0).path("value").asLong() >= 1);
        JsonNode notSeen = first(dashboard, "id", "cameras-not-seen");
        assertNotNull(notSeen);
        assertEquals("table", notSeen.path("kind").asText());
        assertEquals("lastseen", notSeen.path("data").path("columns").get(3).asText());

        assertEquals(200, http.get("/api/plugins/cameras/schema").status());
        assertTrue(http.get("/api/plugins/cameras/schema").body().contains("x-searchable"));
    }

    private static JsonNode first(JsonNode array, String field, String value) {
        for (JsonNode element : array) {
            if (value.equals(element.path(field).asText())) {
                return element;
            }
        }
        return null;
    }

    @Test
    public void createReadUpdateDeleteOverHttpWithAudit() throws Exception {
        Http.Reply created = http.post("/api/cameras", camera("CAM-CRUD-1", "Dock door", "rtsp://10.20.4.17/stream1")
                .put("fps", 25).put("vendor", "Axis").put("model", "P3265-LVE").put("ipaddress", "10.20.4.17")
                .put("macaddress", "ac-cc-8e-00-00-01").toString());
        assertEquals(created.body(), 201, created.status());
        JsonNode camera = created.json().path("data");
        long id = camera.path("assetid").asLong();
        assertTrue(created.header("Location").orElseThrow().endsWith("/api/cameras/" + id));
        assertEquals("inservice", camera.path("status").asText());
        assertEquals("AC:CC:8E:00:00:01", camera.path("macaddress").asText());
        assertEquals(25, camera.path("fps").asInt());

        JsonNode read = http.get("/api/cameras/" + id).json().path("data");
        assertEquals("rtsp://10.20.4.17/stream1", read.path("streamurl").asText());
        assertEquals("camera", http.get("/api/assets/" + id).json().path("data").path("assettype").asText());
        JsonNode createdAudit = latestAudit("camera", id);
        assertEquals("CREATED", createdAudit.path("action").asText());
        assertEquals("Axis", createdAudit.path("changes").path("vendor").path("to").asText());
        assertEquals(1, http.get("/api/audit?entitytype=Asset&entityid=" + id).json().path("meta").path("total").asLong());

        ObjectNode change = camera("CAM-CRUD-1", "Dock door", "rtsp://10.20.4.17/stream1").put("fps", 15).put("vendor", "Axis")
                .put("model", "P3265-LVE").put("ipaddress", "10.20.4.18").put("macaddress", "AC:CC:8E:00:00:01")
                .put("version", read.path("version").asLong());
        Http.Reply updated = http.put("/api/cameras/" + id, change.toString());
        assertEquals(updated.body(), 200, updated.status());
        assertEquals(15, updated.json().path("data").path("fps").asInt());
        assertEquals("10.20.4.18", updated.json().path("data").path("ipaddress").asText());
        assertTrue("version grows", updated.json().path("data").path("version").asLong() > read.path("version").asLong());
        JsonNode updateAudit = latestAudit("camera", id);
        assertEquals("UPDATED", updateAudit.path("action").asText());
        assertEquals(25, updateAudit.path("changes").path("fps").path("from").asInt());
        assertEquals(15, updateAudit.path("changes").path("fps").path("to").asInt());
        assertFalse("unchanged fields are not audited", updateAudit.path("changes").has("vendor"));
        assertEquals("only camera fields changed: no empty asset audit row", 1,
                http.get("/api/audit?entitytype=Asset&entityid=" + id).json().path("meta").path("total").asLong());

        assertEquals(204, http.delete("/api/cameras/" + id).status());
        assertEquals(404, http.get("/api/cameras/" + id).status());
        assertEquals(404, http.get("/api/assets/" + id).status());
        assertEquals("DELETED", latestAudit("camera", id).path("action").asText());
        assertEquals("the cascade took the camera row", 0, database().count("select count(*) from cameras where assetid = " + id));
    }

    @Test
    public void searchFindsCameraFieldsByAnyPartAndFollowsEveryWrite() throws Exception {
        ObjectNode body = camera("CAM-SRCH-1", "Searched camera", "rtsp://10.71.0.9/zqkw-stream-main").put("model", "Zqkw-model-X1")
                .put("vendor", "Axis");
        JsonNode created = create(body);
        long id = created.path("assetid").asLong();

        JsonNode byUrl = containsHit("zqkw-stream", id);
        assertEquals("streamurl", byUrl.path("matchedfield").asText());
        assertEquals("rtsp://10.71.0.9/zqkw-stream-main", byUrl.path("matchedvalue").asText());
        assertEquals("model", containsHit("kw-model", id).path("matchedfield").asText());

        ObjectNode change = body.deepCopy().put("model", "Zqkw-renamed-Y2").put("version", created.path("version").asLong());
        Http.Reply updated = http.put("/api/cameras/" + id, change.toString());
        assertEquals(updated.body(), 200, updated.status());
        assertEquals("the old model no longer matches", 0, total("/api/search?q=kw-model"));
        assertEquals("model", containsHit("kw-renamed", id).path("matchedfield").asText());

        assertTrue("the core's and the camera fields' index rows", indexRowsOf(id) > 0);
        assertEquals(204, http.delete("/api/cameras/" + id).status());
        assertEquals("a deleted camera is gone from search at once", 0, total("/api/search?q=zqkw-stream"));
        assertEquals("and from the index", 0, indexRowsOf(id));
    }

    /** Rows of the asset in the search index: one key range per source (docs/adr/0006-search-suffix-index.md). */
    private long indexRowsOf(long assetId) throws Exception {
        long rows = 0;
        long sources = database().count("select max(sourceid) from searchsources");
        for (long source = 1; source <= sources; source++) {
            long first = (source << 52) | (assetId << 12);
            rows += database().count("select count(*) from searchsuffixes where searchkey between " + first + " and " + (first | 4095));
        }
        return rows;
    }

    /** The single hit for {@code query}: asset {@code id}, found by rank 3 (contains). */
    private JsonNode containsHit(String query, long id) throws Exception {
        JsonNode hits = http.get("/api/search?q=" + query).json().path("data");
        assertEquals(query + ": " + hits, 1, hits.size());
        assertEquals(id, hits.get(0).path("assetid").asLong());
        assertEquals(query + ": " + hits, 3, hits.get(0).path("rank").asInt());
        return hits.get(0);
    }

    @Test
    public void staleUpdateIsRejectedWithTheCurrentState() throws Exception {
        JsonNode camera = create(camera("CAM-STALE-1", "Press line", "rtsp://10.20.5.1/live").put("firmware", "10.12.1"));
        long id = camera.path("assetid").asLong();
        long version = camera.path("version").asLong();
        ObjectNode ann = camera("CAM-STALE-1", "Press line", "rtsp://10.20.5.1/live").put("firmware", "11.0.0").put("version", version);
        assertEquals(200, http.put("/api/cameras/" + id, ann.toString()).status());

        ObjectNode bob = camera("CAM-STALE-1", "Press line (Bob)", "rtsp://10.20.5.1/live").put("firmware", "10.12.1").put("version", version);
        Http.Reply stale = http.put("/api/cameras/" + id, bob.toString());
        assertEquals(stale.body(), 409, stale.status());
        assertEquals("stale_version", stale.json().path("error").path("code").asText());
        assertEquals("11.0.0", stale.json().path("error").path("current").path("firmware").asText());
        assertEquals("Press line", http.get("/api/cameras/" + id).json().path("data").path("name").asText());

        // A change made through the asset API makes a camera copy stale too.
        JsonNode asset = http.get("/api/assets/" + id).json().path("data");
        long current = http.get("/api/cameras/" + id).json().path("data").path("version").asLong();
        String rename = "{\"assetnumber\":\"CAM-STALE-1\",\"name\":\"Renamed via assets\",\"assettype\":\"camera\",\"version\":"
                + asset.path("version").asLong() + "}";
        assertEquals(200, http.put("/api/assets/" + id, rename).status());
        ObjectNode late = camera("CAM-STALE-1", "Press line", "rtsp://10.20.5.1/live").put("firmware", "11.0.0").put("version", current);
        assertEquals(409, http.put("/api/cameras/" + id, late.toString()).status());
    }

    @Test
    public void badInputIsNamedFieldByFieldAndWritesNothing() throws Exception {
        Http.Reply invalid = http.post("/api/cameras", camera("CAM-BAD-1", "Bad", "rtsp://admin:secret@10.0.0.9/live")
                .put("fps", 500).put("resolution", "full-hd").toString());
        assertEquals(invalid.body(), 422, invalid.status());
        for (String field : new String[] {"streamurl", "fps", "resolution"}) {
            assertTrue(field + " named: " + invalid.body(), invalid.body().contains("\"field\":\"" + field + "\""));
        }
        assertFalse("no credentials echoed", invalid.body().contains("secret"));
        Http.Reply missing = http.post("/api/cameras", "{\"streamurl\":\"rtsp://10.0.0.9/live\"}");
        assertEquals(422, missing.status());
        assertTrue(missing.body(), missing.body().contains("\"field\":\"assetnumber\"") && missing.body().contains("\"field\":\"name\""));
        assertEquals(400, http.post("/api/cameras", "{\"assetnumber\":\"X\",\"assettype\":\"printer\"}").status());
        assertEquals(400, http.post("/api/cameras", "{\"fps\":\"fast\"}").status());
        assertEquals(0, database().count("select count(*) from assets where assetnumber in ('CAM-BAD-1', 'X')"));

        create(camera("CAM-DUP-1", "First", "rtsp://10.0.1.1/live").put("macaddress", "00:40:8C:00:00:01"));
        Http.Reply duplicateNumber = http.post("/api/cameras", camera("CAM-DUP-1", "Second", "rtsp://10.0.1.2/live").toString());
        assertEquals(409, duplicateNumber.status());
        assertEquals("conflict", duplicateNumber.json().path("error").path("code").asText());
        Http.Reply duplicateMac = http.post("/api/cameras", camera("CAM-DUP-2", "Third", "rtsp://10.0.1.3/live")
                .put("macaddress", "00408c000001").toString());
        assertEquals(duplicateMac.body(), 409, duplicateMac.status());
        assertEquals(0, database().count("select count(*) from assets where assetnumber = 'CAM-DUP-2'"));

        assertEquals(404, http.get("/api/cameras/987654321").status());
        assertEquals(404, http.get("/api/cameras/abc").status());
        assertEquals(404, http.put("/api/cameras/987654321", camera("N", "n", "rtsp://h/x").put("version", 1).toString()).status());
        assertEquals(404, http.delete("/api/cameras/987654321").status());
        assertEquals(422, http.put("/api/cameras/1", camera("N", "n", "rtsp://h/x").toString()).status());
    }

    @Test
    public void cameraWriteRejectedByTheDatabaseLeavesNoAssetAndNoAudit() throws Exception {
        // A fault only the database knows of, planted after the asset write: the camera insert fails.
        database().execute("ALTER TABLE cameras ADD CONSTRAINT ck_itest_reject CHECK (firmware IS NULL OR firmware <> 'reject-me')");
        try {
            long auditsBefore = database().count("select count(*) from auditlog");
            long assetsBefore = database().count("select count(*) from assets");
            Http.Reply failed = http.post("/api/cameras", camera("CAM-ORPHAN-1", "Never", "rtsp://10.9.9.9/live")
                    .put("firmware", "reject-me").put("macaddress", "00:40:8C:99:99:99").toString());
            assertTrue(failed.body(), failed.status() >= 400);
            assertFalse("no SQL in the answer: " + failed.body(), failed.body().toLowerCase().contains("constraint"));
            assertEquals("no orphan asset", assetsBefore, database().count("select count(*) from assets"));
            assertEquals("no orphan audit row", auditsBefore, database().count("select count(*) from auditlog"));
            assertEquals(0, database().count("select count(*) from networkaddresses where macaddress = '00:40:8C:99:99:99'"));
        } finally {
            database().execute("ALTER TABLE cameras DROP CONSTRAINT ck_itest_reject");
        }
        assertEquals(201, http.post("/api/cameras", camera("CAM-ORPHAN-1", "Now", "rtsp://10.9.9.9/live").toString()).status());
    }

    @Test
    public void demoLoadFillsTheDemoSiteThroughTheCollectorAndAgainChangesNothing() throws Exception {
        String first = shell("shopdb:demo-load --count 12");
        assertTrue(first, first.contains("cameras: 12 created, 0 updated, 0 unchanged"));
        assertEquals(12, total("/api/cameras?q=CAM-DEMO-"));
        JsonNode camera = http.get("/api/cameras?q=CAM-DEMO-001").json().path("data").get(0);
        assertTrue("placed on the demo site: " + camera, camera.path("locationid").asLong() > 0);
        assertEquals("cam-demo-001", camera.path("hostname").asText());
        String again = shell("shopdb:demo-load --count 12");
        assertTrue(again, again.contains("cameras: 0 created, 0 updated, 12 unchanged"));
        assertEquals(12, total("/api/cameras?q=CAM-DEMO-"));
        Exception refused = org.junit.Assert.assertThrows(Exception.class, () -> shell("shopdb:demo-load --count 0"));
        assertTrue(String.valueOf(refused), String.valueOf(refused).contains("--count must be between 1 and 10000"));
    }

    @Test
    public void listFiltersPagesAndIncludesSubLocations() throws Exception {
        long site = createdId(http.post("/api/locations", "{\"kind\":\"site\",\"code\":\"CAM-S1\",\"name\":\"Camera site\"}"), "locationid");
        long hall = createdId(http.post("/api/locations", "{\"parentid\":" + site + ",\"kind\":\"building\",\"code\":\"CAM-B1\",\"name\":\"Hall\"}"), "locationid");
        long other = createdId(http.post("/api/locations", "{\"kind\":\"site\",\"code\":\"CAM-S2\",\"name\":\"Other site\"}"), "locationid");
        create(camera("CAM-LIST-1", "List one", "rtsp://10.30.0.1/a").put("vendor", "ListVendor").put("model", "M1")
                .put("recordingserver", "nvr-list-1").put("locationid", hall));
        create(camera("CAM-LIST-2", "List two", "rtsp://10.30.0.2/a").put("vendor", "ListVendor").put("model", "M2")
                .put("recordingserver", "nvr-list-2").put("locationid", site).put("status", "spare"));
        create(camera("CAM-LIST-3", "List three", "rtsp://10.30.0.3/a").put("vendor", "OtherVendor").put("locationid", other));

        assertEquals(2, total("/api/cameras?vendor=listvendor"));
        assertEquals(1, total("/api/cameras?vendor=ListVendor&model=M2"));
        assertEquals(1, total("/api/cameras?recordingserver=nvr-list-1"));
        assertEquals(1, total("/api/cameras?vendor=ListVendor&status=spare"));
        assertEquals(0, total("/api/cameras?status=nosuchstatus"));
        assertEquals("the site and the hall below it", 2, total("/api/cameras?locationid=" + site));
        assertEquals(1, total("/api/cameras?locationid=" + hall));
        assertEquals(422, http.get("/api/cameras?locationid=987654").status());
        assertTrue("never seen counts as not seen", total("/api/cameras?vendor=ListVendor&notseensince=2020-01-01T00:00:00Z") == 2);

        JsonNode page = http.get("/api/cameras?vendor=ListVendor&per_page=1&page=2&sort=-assetnumber").json();
        assertEquals(2, page.path("meta").path("total").asLong());
        assertEquals(1, page.path("meta").path("per_page").asInt());
        assertEquals(2, page.path("meta").path("page").asInt());
        assertEquals("CAM-LIST-1", page.path("data").get(0).path("assetnumber").asText());
        for (String query : new String[] {"per_page=10000", "per_page=0", "page=0", "page=abc", "sort=password", "locationid=x",
                "notseensince=yesterday"}) {
            Http.Reply reply = http.get("/api/cameras?" + query);
            assertEquals(query + " -> " + reply.body(), 400, reply.status());
        }
    }

    @Test
    public void collectorUpsertsByMacAndRepeatsAreSilent() throws Exception {
        Collector collector = camerasCollector();
        assertEquals(List.of("macaddress"), collector.naturalKey());
        assertNotNull("record schema shipped", collector.recordSchema());
        Map<String, Object> record = new HashMap<>(Map.of("macaddress", "b8-a4-4f-00-00-07", "ipaddress", "10.40.0.7",
                "streamurl", "rtsp://10.40.0.7/onvif1", "vendor", "Axis", "model", "M3106", "firmware", "9.80.1", "fps", 30L,
                "seenat", Instant.now().minus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString()));

        CollectorOutcome first = ingest(collector, record);
        assertEquals(CollectorOutcome.Result.CREATED, first.result());
        JsonNode camera = http.get("/api/cameras/" + first.assetId()).json().path("data");
        assertEquals("CAM-B8A44F000007", camera.path("assetnumber").asText());
        assertEquals("B8:A4:4F:00:00:07", camera.path("macaddress").asText());
        assertEquals(record.get("seenat"), camera.path("lastseen").asText());
        long auditsAfterCreate = database().count("select count(*) from auditlog");

        record.put("seenat", Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS).toString());
        CollectorOutcome again = ingest(collector, record);
        assertEquals(CollectorOutcome.Result.UNCHANGED, again.result());
        assertEquals(first.assetId(), again.assetId());
        assertEquals("no audit noise", auditsAfterCreate, database().count("select count(*) from auditlog"));
        JsonNode seenAgain = http.get("/api/cameras/" + first.assetId()).json().path("data");
        assertEquals("lastseen moved forward", record.get("seenat"), seenAgain.path("lastseen").asText());
        assertEquals("a heartbeat does not make open edits stale", camera.path("version").asLong(), seenAgain.path("version").asLong());

        record.put("firmware", "10.12.1");
        record.put("ipaddress", "10.40.0.70");
        CollectorOutcome upgraded = ingest(collector, record);
        assertEquals(CollectorOutcome.Result.UPDATED, upgraded.result());
        JsonNode audit = latestAudit("camera", first.assetId());
        assertEquals("9.80.1", audit.path("changes").path("firmware").path("from").asText());
        assertEquals("10.12.1", audit.path("changes").path("firmware").path("to").asText());
        assertEquals("attributed to the collector's key", "itest-discovery", audit.path("actor").path("name").asText());
        assertEquals("10.40.0.70", http.get("/api/cameras/" + first.assetId()).json().path("data").path("ipaddress").asText());
        assertEquals("one camera for the MAC", 1, total("/api/cameras?vendor=Axis&model=M3106"));
    }

    @Test
    public void discoveryScriptPushesABatchWithAnApiKeyAndRepeatsAreSilent() throws Exception {
        Http.Reply key = http.post("/api/apikeys", "{\"name\":\"camera-discovery\",\"collectors\":[\"cameras\"]}");
        assertEquals(key.body(), 201, key.status());
        String secret = key.json().path("data").path("key").asText();
        String batch = "[" + discovered("00:80:f0:00:00:21", "10.60.0.21") + "," + discovered("00:80:f0:00:00:22", "10.60.0.22") + "]";

        Http.Reply first = Http.anonymous().send("POST", "/api/collector/cameras", batch, Map.of("X-API-Key", secret));
        assertEquals(first.body(), 200, first.status());
        assertEquals(2, first.json().path("data").path("created").asInt());
        long assetId = first.json().path("data").path("results").get(0).path("assetid").asLong();
        assertEquals("Panasonic WV-S1136 00:80:F0:00:00:21", http.get("/api/cameras/" + assetId).json().path("data").path("name").asText());
        assertEquals("camera-discovery", latestAudit("camera", assetId).path("actor").path("name").asText());

        long audits = database().count("select count(*) from auditlog");
        Http.Reply again = Http.anonymous().send("POST", "/api/collector/cameras", batch, Map.of("X-API-Key", secret));
        assertEquals(again.body(), 200, again.status());
        assertEquals(2, again.json().path("data").path("unchanged").asInt());
        assertEquals("same batch twice: no audit noise", audits, database().count("select count(*) from auditlog"));
        assertEquals("no duplicates", 2, total("/api/cameras?model=WV-S1136"));

        Http.Reply invalid = Http.anonymous().send("POST", "/api/collector/cameras", "{\"macaddress\":\"nope\",\"streamurl\":\"rtsp://h/x\"}",
                Map.of("X-API-Key", secret));
        assertEquals(invalid.body(), 422, invalid.status());
        assertTrue(invalid.body(), invalid.body().contains("macaddress"));
    }

    private static String discovered(String mac, String ip) {
        return JSON.createObjectNode().put("macaddress", mac).put("ipaddress", ip).put("streamurl", "rtsp://" + ip + "/stream")
                .put("vendor", "Panasonic").put("model", "WV-S1136").put("firmware", "1.40").toString();
    }

    @Test
    public void uninstallKeepsRowsAndReinstallFindsThemAgain() throws Exception {
        JsonNode kept = create(camera("CAM-KEEP-1", "Survives uninstall", "rtsp://10.50.0.1/live-zqkeep").put("model", "KeepModel"));
        long id = kept.path("assetid").asLong();
        containsHit("live-zqkeep", id);

        RouteWatch.whileDeparting(http, () -> shell(UNINSTALL), LIVE, Map.of("/api/cameras", RouteWatch.collectionList(),
                "/api/cameras/" + id, RouteWatch.detailOf(id)));
        assertEquals(404, http.get("/api/cameras/" + id).status());
        assertEquals("the core still serves", 200, http.get("/api/assets/" + id).status());
        assertTrue("navigation entry gone", first(http.get("/api/navigation").json().path("data"), "path", "/api/cameras") == null);
        assertTrue("widgets gone", first(http.get("/api/dashboard").json().path("data"), "id", "cameras-by-status") == null);
        assertEquals("camera row kept", 1, database().count("select count(*) from cameras where assetid = " + id));
        assertEquals("a gone plugin's fields do not match", 0, total("/api/search?q=live-zqkeep"));
        // As if the camera rows came from before the search index: the plugin fields' sources and rows go.
        for (String field : List.of("streamurl", "recordingserver", "model", "firmware", "vendor")) {
            long source = database().count("select coalesce(max(sourceid), 0) from searchsources where sourcename = 'cameras." + field + "'");
            if (source > 0) {
                database().execute("delete from searchsuffixes where searchkey between " + (source << 52) + " and " + (((source + 1) << 52) - 1));
                database().execute("delete from searchsources where sourceid = " + source);
            }
        }

        installWatched(Map.of("/api/cameras/" + id, reply -> reply.status() == 200 && reply.body().contains("\"model\":\"KeepModel\"")));
        JsonNode back = http.get("/api/cameras/" + id).json().path("data");
        assertEquals("KeepModel", back.path("model").asText());
        assertEquals(kept.path("version").asLong(), back.path("version").asLong());
        assertNotEquals(0, total("/api/cameras?model=KeepModel"));
        assertEquals("found by the scan until the backfill has indexed it, then from the index", "streamurl",
                containsHit("live-zqkeep", id).path("matchedfield").asText());
        long deadline = System.nanoTime() + LIVE.toNanos();
        while (database().count("select count(*) from searchsources where sourcename = 'cameras.streamurl' and iscomplete = true") == 0) {
            assertTrue("the reinstalled plugin's field is indexed in the background", System.nanoTime() < deadline);
            Thread.sleep(200);
        }
        assertTrue("its rows are in the index again", indexRowsOf(id) > database().count("select count(*) from searchsuffixes where searchkey between "
                + ((1L << 52) | (id << 12)) + " and " + ((1L << 52) | (id << 12) | 4095)));
        assertEquals("streamurl", containsHit("live-zqkeep", id).path("matchedfield").asText());
    }

    // --- helpers -------------------------------------------------------------------------

    private static ObjectNode camera(String assetNumber, String name, String streamUrl) {
        return JSON.createObjectNode().put("assetnumber", assetNumber).put("name", name).put("streamurl", streamUrl);
    }

    private JsonNode create(ObjectNode body) throws Exception {
        Http.Reply reply = http.post("/api/cameras", body.toString());
        assertEquals(reply.body(), 201, reply.status());
        return reply.json().path("data");
    }

    private static long createdId(Http.Reply reply, String field) throws Exception {
        assertEquals(reply.body(), 201, reply.status());
        return reply.json().path("data").path(field).asLong();
    }

    private long total(String path) throws Exception {
        Http.Reply reply = http.get(path);
        assertEquals(path + " -> " + reply.body(), 200, reply.status());
        return reply.json().path("meta").path("total").asLong();
    }

    private JsonNode latestAudit(String entityType, long id) throws Exception {
        return http.get("/api/audit?entitytype=" + entityType + "&entityid=" + id).json().path("data").get(0);
    }

    private CollectorOutcome ingest(Collector collector, Map<String, Object> record) throws Exception {
        UnitOfWork unitOfWork = container().await(UnitOfWork.class, null);
        return unitOfWork.required(() -> collector.ingest(Actor.apiKey("itest-discovery"), record));
    }

    private Collector camerasCollector() throws Exception {
        container().await(Collector.class, null);
        for (ServiceReference<Collector> reference : context.getServiceReferences(Collector.class, null)) {
            Collector collector = context.getService(reference);
            if ("cameras".equals(collector.name())) {
                return collector;
            }
        }
        throw new AssertionError("No cameras collector registered");
    }

    private InContainer container() {
        return new InContainer(context);
    }

    private Bundle camerasBundle() {
        return container().bundle(BUNDLE);
    }

    /** Counts read straight from the pool, and the odd fault planted there. */
    private Database database() {
        return new Database();
    }

    private final class Database {

        long count(String sql) throws Exception {
            return container().count(sql);
        }

        void execute(String sql) throws Exception {
            try (java.sql.Connection connection = container().pool().getConnection();
                    java.sql.Statement statement = connection.createStatement()) {
                statement.execute(sql);
            }
        }
    }

    private String shell(String command) throws Exception {
        return new KarafShell(context).execute(command);
    }
}
