package org.shopdb.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.shopdb.itests.ComputersHttp.first;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import javax.inject.Inject;

import org.junit.Before;
import org.junit.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The computers plugin on the running distribution, installed live with {@code feature:install
 * shopdb-computers}: CRUD at {@code /api/computers} with audit and optimistic locking, filters
 * and paging, the machines a PC controls, search by hostname, navigation and dashboard, the PC
 * inventory collector fed the documented example, a live {@code bundle:update}, and uninstall /
 * reinstall keeping every row. Each subclass boots it on one database.
 */
public abstract class ComputersContract {

    private static final String FEATURE = "shopdb-computers";
    /** {@code --no-auto-refresh}: see CamerasContract and docs/DEPLOY.md section 8. */
    private static final String INSTALL = "feature:install --no-auto-refresh " + FEATURE;
    private static final String UNINSTALL = "feature:uninstall --no-auto-refresh " + FEATURE;
    private static final String BUNDLE = "org.shopdb.plugins.computers";
    private static final List<String> HOOKS = List.of("searchfields", "navigation", "dashboard", "fieldschema", "collector", "lifecycle");
    private static final String MACHINE_TYPE = ComputersHttp.MACHINE_TYPE;

    @Inject
    protected BundleContext context;

    private ComputersHttp api;
    private Http http;

    @Before
    public void computersInstalledLive() throws Exception {
        api = new ComputersHttp(context);
        http = api.http;
        api.installedLive(BUNDLE, INSTALL, "/api/computers");
    }

    @Test
    public void installedLiveAsAPluginWithEveryHookAndItsAssetType() throws Exception {
        Bundle bundle = api.container().bundle(BUNDLE);
        assertEquals(Bundle.ACTIVE, bundle.getState());
        assertTrue(api.shell("feature:list -i").contains(FEATURE));
        assertFalse("installed live, not booted", api.shell("config:property-get -p org.apache.karaf.features featuresBoot").contains(FEATURE));
        JsonNode plugin = api.awaitPlugin("computers", ComputersHttp.activeWith(HOOKS));
        assertEquals("/api/computers", plugin.path("collectionpath").asText());
        String types = http.get("/api/assettypes").json().path("data").toString();
        assertTrue(types, types.contains("\"code\":\"computer\"") && types.contains("\"owner\":\"" + BUNDLE + "\""));
        assertEquals("the one exported package, for the applications plugin", "org.shopdb.plugins.computers.api;version=\"1.0.0\"",
                bundle.getHeaders().get("Export-Package"));
    }

    @Test
    public void createReadReplaceDeleteWithAuditNormalisedKeysAndStaleVersions() throws Exception {
        Http.Reply created = http.post("/api/computers", computer("PC-CRUD-1", "CNC 1 controller PC", "PC-CNC-CRUD1")
                .put("hardwareuuid", "4c4c454400423510 8052b4c04f4a4d01".replace(" ", "")).put("role", "machinecontroller")
                .put("osname", "Microsoft Windows 10 Enterprise LTSC").put("osversion", "10.0.17763").put("memorymb", 16384)
                .put("lastboot", "2026-11-20T06:12:00Z").toString());
        assertEquals(created.body(), 201, created.status());
        JsonNode pc = created.json().path("data");
        long id = pc.path("assetid").asLong();
        assertTrue(created.header("Location").orElseThrow().endsWith("/api/computers/" + id));
        assertEquals("stored in lower case", "pc-cnc-crud1", pc.path("hostname").asText());
        assertEquals("4C4C4544-0042-3510-8052-B4C04F4A4D01", pc.path("hardwareuuid").asText());
        assertEquals(16384, pc.path("memorymb").asInt());
        assertFalse("a PC shows no primary address: its addresses are the asset's", pc.has("ipaddress"));
        assertFalse("never inventoried", pc.hasNonNull("lastinventory"));
        assertEquals("computer", http.get("/api/assets/" + id).json().path("data").path("assettype").asText());
        JsonNode audit = api.latestAudit("computer", id);
        assertEquals("CREATED", audit.path("action").asText());
        assertEquals("machinecontroller", audit.path("changes").path("role").path("to").asText());

        ObjectNode change = computer("PC-CRUD-1", "CNC 1 controller PC", "pc-cnc-crud1").put("role", "machinecontroller")
                .put("osname", "Microsoft Windows 10 Enterprise LTSC").put("osversion", "10.0.19044").put("memorymb", 16384)
                .put("hardwareuuid", "4C4C4544-0042-3510-8052-B4C04F4A4D01").put("lastboot", "2026-11-20T06:12:00Z")
                .put("version", pc.path("version").asLong());
        Http.Reply replaced = http.put("/api/computers/" + id, change.toString());
        assertEquals(replaced.body(), 200, replaced.status());
        assertEquals("10.0.19044", replaced.json().path("data").path("osversion").asText());
        JsonNode update = api.latestAudit("computer", id);
        assertEquals("UPDATED", update.path("action").asText());
        assertEquals("10.0.17763", update.path("changes").path("osversion").path("from").asText());
        assertEquals("10.0.19044", update.path("changes").path("osversion").path("to").asText());
        assertFalse("unchanged fields are not audited", update.path("changes").has("role"));

        Http.Reply stale = http.put("/api/computers/" + id, change.put("osversion", "10.0.26100").toString());
        assertEquals(stale.body(), 409, stale.status());
        assertEquals("stale_version", stale.json().path("error").path("code").asText());
        assertEquals("10.0.19044", stale.json().path("error").path("current").path("osversion").asText());

        assertEquals(204, http.delete("/api/computers/" + id).status());
        assertEquals(404, http.get("/api/computers/" + id).status());
        assertEquals("DELETED", api.latestAudit("computer", id).path("action").asText());
        assertEquals(0, api.container().count("select count(*) from computers where assetid = " + id));
    }

    @Test
    public void badInputIsNamedFieldByFieldAndWritesNothing() throws Exception {
        Http.Reply invalid = http.post("/api/computers", computer("PC-BAD-1", "Bad", "pc-bad-1").put("role", "toaster").put("cpucores", 0)
                .put("hardwareuuid", "not-a-uuid").toString());
        assertEquals(invalid.body(), 422, invalid.status());
        for (String field : new String[] {"role", "cpucores", "hardwareuuid"}) {
            assertTrue(field + " named: " + invalid.body(), invalid.body().contains("\"field\":\"" + field + "\""));
        }
        assertEquals("a PC's addresses are not fields of the computer", 400,
                http.post("/api/computers", computer("PC-BAD-2", "Bad", "pc-bad-2").put("ipaddress", "10.0.0.1").toString()).status());
        assertEquals(0, api.container().count("select count(*) from assets where assetnumber like 'PC-BAD-%'"));
        JsonNode readOnly = api.created("/api/computers", computer("PC-RO-1", "Read only", "pc-ro-1").put("lastinventory", "2026-01-01T00:00:00Z"));
        assertFalse("lastinventory is the collectors': a body's is ignored", readOnly.hasNonNull("lastinventory"));

        api.created("/api/computers", computer("PC-DUP-1", "First", "pc-dup"));
        Http.Reply sameName = http.post("/api/computers", computer("PC-DUP-2", "Second", "PC-DUP").toString());
        assertEquals("hostnames are unique ignoring case: " + sameName.body(), 409, sameName.status());
        assertEquals(0, api.container().count("select count(*) from assets where assetnumber = 'PC-DUP-2'"));
        assertEquals(404, http.get("/api/computers/987654321").status());
        assertEquals(404, http.get("/api/computers/abc/controls").status());
    }

    @Test
    public void listFiltersPagesAndSorts() throws Exception {
        api.created("/api/computers", computer("PC-LIST-1", "List one", "pc-list-1").put("role", "cmm").put("osversion", "10.0.17763")
                .put("model", "ListModel"));
        api.created("/api/computers", computer("PC-LIST-2", "List two", "pc-list-2").put("role", "kiosk").put("osversion", "10.0.17763")
                .put("model", "ListModel").put("status", "spare"));
        api.created("/api/computers", computer("PC-LIST-3", "List three", "pc-list-3").put("role", "kiosk").put("osversion", "10.0.22631")
                .put("model", "ListModel"));
        assertEquals(3, api.total("/api/computers?model=listmodel"));
        assertEquals(2, api.total("/api/computers?model=ListModel&role=kiosk"));
        assertEquals(2, api.total("/api/computers?model=ListModel&osversion=10.0.17763"));
        assertEquals(1, api.total("/api/computers?model=ListModel&status=spare"));
        assertEquals(1, api.total("/api/computers?hostname=PC-LIST-2"));
        assertEquals("never inventoried counts as not inventoried", 3, api.total("/api/computers?model=ListModel&notinventoriedsince=2020-01-01T00:00:00Z"));
        JsonNode page = http.get("/api/computers?model=ListModel&per_page=1&page=2&sort=-hostname").json();
        assertEquals(3, page.path("meta").path("total").asLong());
        assertEquals("pc-list-2", page.path("data").get(0).path("hostname").asText());
        for (String query : new String[] {"per_page=0", "sort=password", "notinventoriedsince=yesterday", "locationid=x"}) {
            assertEquals(query, 400, http.get("/api/computers?" + query).status());
        }
    }

    @Test
    public void aPcControlsMachinesThroughCoreRelationships() throws Exception {
        long machine = machine("M-CTRL-1");
        machine("M-CTRL-2");
        long pc = api.created("/api/computers", computer("PC-CTRL-1", "Press PC", "pc-ctrl-1")).path("assetid").asLong();
        Http.Reply set = http.put("/api/computers/" + pc + "/controls", "{\"controls\":[\"M-CTRL-1\",\"M-CTRL-2\"]}");
        assertEquals(set.body(), 200, set.status());
        assertEquals(2, set.json().path("data").size());
        JsonNode links = http.get("/api/assets/" + machine + "/relationships").json().path("data");
        assertNotNull("the machine sees the link: " + links, first(links, "type", "controls"));
        assertEquals(pc, first(links, "type", "controls").path("fromassetid").asLong());

        assertEquals("the computer shows them, read only", "[\"M-CTRL-1\",\"M-CTRL-2\"]",
                http.get("/api/computers/" + pc).json().path("data").path("controls").toString());

        Http.Reply narrowed = http.put("/api/computers/" + pc + "/controls", "{\"controls\":[\"M-CTRL-2\"]}");
        assertEquals(List.of("M-CTRL-2"), List.of(narrowed.json().path("data").get(0).path("assetnumber").asText()));
        assertEquals(1, http.get("/api/computers/" + pc + "/controls").json().path("data").size());
        assertNull("unlinked", first(http.get("/api/assets/" + machine + "/relationships").json().path("data"), "type", "controls"));

        Http.Reply unknown = http.put("/api/computers/" + pc + "/controls", "{\"controls\":[\"M-CTRL-2\",\"M-NOSUCH\"]}");
        assertEquals(unknown.body(), 422, unknown.status());
        assertTrue(unknown.body(), unknown.body().contains("M-NOSUCH") && unknown.body().contains("\"field\":\"controls\""));
        assertEquals("a refused change changes nothing", 1, http.get("/api/computers/" + pc + "/controls").json().path("data").size());
        assertEquals(400, http.put("/api/computers/" + pc + "/controls", "[\"M-CTRL-1\"]").status());
    }

    @Test
    public void searchNavigationAndDashboardIncludeComputers() throws Exception {
        long id = api.created("/api/computers", computer("PC-FIND-1", "Found by its name", "pc-findme-0042").put("osname", "FindOS")
                .put("osversion", "9.9")).path("assetid").asLong();
        JsonNode hits = http.get("/api/search?q=pc-findme-0042").json().path("data");
        JsonNode hit = first(hits, "assetid", String.valueOf(id));
        assertNotNull("search finds the PC by hostname: " + hits, hit);
        assertEquals("hostname", hit.path("matchedfield").asText());
        assertNotNull("also typed in capitals", first(http.get("/api/search?q=PC-FINDME").json().path("data"), "assetid", String.valueOf(id)));

        JsonNode entry = first(http.get("/api/navigation").json().path("data"), "path", "/api/computers");
        assertNotNull("navigation lists /api/computers", entry);
        JsonNode dashboard = http.get("/api/dashboard").json().path("data");
        JsonNode os = first(dashboard, "id", "computers-os-versions");
        assertNotNull("dashboard has OS versions: " + dashboard, os);
        assertEquals("breakdown", os.path("kind").asText());
        assertTrue(os.toString(), os.toString().contains("FindOS 9.9"));
        JsonNode silent = first(dashboard, "id", "computers-not-inventoried");
        assertEquals("table", silent.path("kind").asText());
        assertEquals("lastinventory", silent.path("data").path("columns").get(3).asText());
        assertTrue(http.get("/api/plugins/computers/schema").body().contains("x-searchable"));
    }

    @Test
    public void collectorTakesTheDocumentedExampleAndTheSameBatchAgainChangesNothing() throws Exception {
        machine("M-0042");
        machine("CMM-0003");
        String key = api.apiKey("pc-inventory", "computers");
        String batch = ComputersHttp.example("computers-collector.json");
        Http.Reply first = api.collect(key, "computers", batch);
        assertEquals(first.body(), 200, first.status());
        int records = ComputersHttp.Json.read(batch).size();
        assertEquals(first.body(), records, first.json().path("data").path("created").asInt());

        long cnc = first.json().path("data").path("results").get(0).path("assetid").asLong();
        JsonNode pc = http.get("/api/computers/" + cnc).json().path("data");
        assertEquals("PC-0042", pc.path("assetnumber").asText());
        assertEquals("pc-cnc-0042", pc.path("hostname").asText());
        assertEquals("5CG1234XYZ", pc.path("serialnumber").asText());
        assertEquals("2026-11-25T08:00:00Z", pc.path("lastinventory").asText());
        JsonNode addresses = http.get("/api/assets/" + cnc + "/addresses").json().path("data");
        assertEquals(addresses.toString(), 2, addresses.size());
        assertEquals("the first reported is primary", "10.20.4.42", first(addresses, "isprimary", "true").path("ipaddress").asText());
        assertEquals("pc-inventory", api.latestAudit("computer", cnc).path("actor").path("name").asText());
        assertEquals("M-0042", http.get("/api/computers/" + cnc + "/controls").json().path("data").get(0).path("assetnumber").asText());
        JsonNode kiosk = http.get("/api/computers?hostname=kiosk-hall2-01").json().path("data").get(0);
        assertEquals("PC-KIOSK-HALL2-01", kiosk.path("assetnumber").asText());
        assertEquals("kiosk-hall2-01", kiosk.path("name").asText());
        assertNotNull("found by an address's DNS name too", first(http.get("/api/search?q=pc-cnc-0042.plant.example.com").json().path("data"),
                "assetid", String.valueOf(cnc)));

        long audits = api.audits();
        Http.Reply again = api.collect(key, "computers", batch);
        assertEquals(again.body(), records, again.json().path("data").path("unchanged").asInt());
        assertEquals("the same batch twice: no audit noise", audits, api.audits());
        assertEquals(pc.path("version").asLong(), http.get("/api/computers/" + cnc).json().path("data").path("version").asLong());

        ArrayNode bad = (ArrayNode) ComputersHttp.Json.read("[{\"hostname\":\"pc-ok-1\"},{\"hostname\":\"pc bad\",\"role\":\"toaster\"},"
                + "{\"hostname\":\"pc-bad-addr\",\"addresses\":[{\"ipaddress\":\"10.0.0.300\"}]},{\"hostname\":\"pc-bad-ctrl\",\"controls\":[\"M-NONE\"]}]");
        Http.Reply refused = api.collect(key, "computers", bad.toString());
        assertEquals(refused.body(), 422, refused.status());
        for (String field : new String[] {"records[1].hostname", "records[1].role"}) {
            assertTrue(field + " named: " + refused.body(), refused.body().contains(field));
        }
        assertEquals("all or nothing", 0, api.total("/api/computers?hostname=pc-ok-1"));
        Http.Reply perRecord = Http.anonymous().send("POST", "/api/collector/computers?mode=per-record", bad.toString(),
                java.util.Map.of("X-API-Key", key));
        JsonNode report = perRecord.json().path("data");
        assertEquals(perRecord.body(), 1, report.path("created").asInt());
        assertEquals(perRecord.body(), 3, report.path("failed").asInt());
        assertTrue(perRecord.body(), report.path("results").get(2).toString().contains("addresses[0].ipaddress"));
        assertTrue(perRecord.body(), report.path("results").get(3).toString().contains("M-NONE"));
    }

    @Test
    public void inventoriesFindAPcByUuidThenSerialThenHostname() throws Exception {
        String key = api.apiKey("pc-identity", "computers");
        String uuid = "5A5A5A5A-0000-4000-8000-000000000001";
        long pc = api.collect(key, "computers", record("pc-ident-old").put("hardwareuuid", uuid).put("serialnumber", "SER-IDENT-1").toString())
                .json().path("data").path("results").get(0).path("assetid").asLong();

        Http.Reply renamed = api.collect(key, "computers", record("PC-IDENT-NEW").put("hardwareuuid", uuid.toLowerCase()).toString());
        assertEquals(renamed.body(), "updated", renamed.json().path("data").path("results").get(0).path("result").asText());
        assertEquals("the UUID recognised the renamed PC", pc, renamed.json().path("data").path("results").get(0).path("assetid").asLong());
        assertEquals("pc-ident-new", http.get("/api/computers/" + pc).json().path("data").path("hostname").asText());

        Http.Reply newBoard = api.collect(key, "computers", record("pc-ident-new").put("hardwareuuid", "5A5A5A5A-0000-4000-8000-000000000002")
                .put("serialnumber", "SER-IDENT-1").toString());
        assertEquals("a new mainboard's UUID, the same serial: the same PC", pc,
                newBoard.json().path("data").path("results").get(0).path("assetid").asLong());
        assertEquals("5A5A5A5A-0000-4000-8000-000000000002", http.get("/api/computers/" + pc).json().path("data").path("hardwareuuid").asText());

        api.created("/api/computers", computer("PC-CLONE-1", "Clone one", "pc-clone-1").put("serialnumber", "SER-CLONED"));
        api.created("/api/computers", computer("PC-CLONE-2", "Clone two", "pc-clone-2").put("serialnumber", "SER-CLONED"));
        Http.Reply clone = api.collect(key, "computers", record("pc-clone-2").put("serialnumber", "SER-CLONED").put("model", "Cloned").toString());
        assertEquals("a serial two PCs share identifies neither: the hostname decides: " + clone.body(), 200, clone.status());
        assertEquals("Cloned", http.get("/api/computers?hostname=pc-clone-2").json().path("data").get(0).path("model").asText());
        assertEquals(2, api.total("/api/computers?q=PC-CLONE-"));

        Instant earlier = Instant.now().minus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        long timed = api.collect(key, "computers", record("pc-ident-timed").put("inventoriedat", earlier.toString()).toString())
                .json().path("data").path("results").get(0).path("assetid").asLong();
        api.collect(key, "computers", record("pc-ident-timed").put("inventoriedat", earlier.minus(1, ChronoUnit.DAYS).toString()).toString());
        assertEquals("lastinventory only moves forward", earlier.toString(),
                http.get("/api/computers/" + timed).json().path("data").path("lastinventory").asText());
        Http.Reply fastClock = api.collect(key, "computers", record("pc-ident-timed").put("inventoriedat", Instant.now().plus(1, ChronoUnit.DAYS).toString()).toString());
        assertEquals("a PC clock running fast does not lose the inventory: " + fastClock.body(), 200, fastClock.status());
        Instant stored = Instant.parse(http.get("/api/computers/" + timed).json().path("data").path("lastinventory").asText());
        assertFalse("counted as taken when it arrived, not in the future: " + stored, stored.isAfter(Instant.now()));
        Http.Reply unreadable = api.collect(key, "computers", record("pc-ident-timed").put("inventoriedat", "yesterday").toString());
        assertEquals(422, unreadable.status());
        assertTrue(unreadable.body(), unreadable.body().contains("records[0].inventoriedat"));
    }

    @Test
    public void demoLoadFillsTheSiteWithPcsControllingTheDemoMachinesAndAgainChangesNothing() throws Exception {
        api.shell("feature:install --no-auto-refresh shopdb-equipment");
        http.awaitStatus("/api/equipment", 200, ComputersHttp.LIVE);
        String first = api.shell("shopdb:demo-load --count 20");
        assertTrue(first, first.contains("equipment: 20 created") && first.contains("computers: 20 created, 0 updated, 0 unchanged"));
        assertEquals(20, api.total("/api/computers?q=PC-DEMO-"));
        JsonNode pc = http.get("/api/computers?q=PC-DEMO-001").json().path("data").get(0);
        assertEquals("pc-demo-001", pc.path("hostname").asText());
        assertTrue(pc.toString(), pc.path("locationid").asLong() > 0);
        JsonNode controllers = http.get("/api/computers?q=PC-DEMO-&role=machinecontroller&per_page=100").json().path("data");
        assertTrue("the demo has controller PCs: " + controllers, controllers.size() > 0);
        JsonNode controller = controllers.get(0);
        String machine = controller.path("controls").get(0).asText();
        assertTrue(controller.toString(), machine.startsWith("M-DEMO-"));
        JsonNode controlled = http.get("/api/equipment?machinenumber=" + machine).json().path("data").get(0);
        assertEquals("the equipment plugin shows the controlling PC", controller.path("assetnumber").asText(),
                controlled.path("controlledby").get(0).asText());
        String again = api.shell("shopdb:demo-load --count 20");
        assertTrue(again, again.contains("computers: 0 created, 0 updated, 20 unchanged"));
        JsonNode silent = first(http.get("/api/dashboard").json().path("data"), "id", "computers-not-inventoried");
        assertTrue("the demo's silent PC is listed: " + silent, silent.toString().contains("pc-demo-"));
    }

    @Test
    public void bundleUpdateLiveKeepsServingTheSameData() throws Exception {
        JsonNode kept = api.created("/api/computers", computer("PC-UPD-1", "Survives an update", "pc-upd-1").put("model", "UpdModel"));
        Bundle bundle = api.container().bundle(BUNDLE);
        long bundleId = bundle.getBundleId();
        bundle.update();
        http.awaitStatus("/api/computers", 200, ComputersHttp.LIVE);
        api.awaitPlugin("computers", ComputersHttp.activeWith(HOOKS));
        assertEquals("the same bundle, updated in place", bundleId, api.container().bundle(BUNDLE).getBundleId());
        JsonNode back = http.get("/api/computers/" + kept.path("assetid").asLong()).json().path("data");
        assertEquals("UpdModel", back.path("model").asText());
        assertEquals(kept.path("version").asLong(), back.path("version").asLong());
        assertEquals(201, http.post("/api/computers", computer("PC-UPD-2", "After the update", "pc-upd-2").toString()).status());
    }

    @Test
    public void uninstallKeepsRowsAndReinstallFindsThemAgain() throws Exception {
        JsonNode kept = api.created("/api/computers", computer("PC-KEEP-1", "Survives uninstall", "pc-keep-1").put("model", "KeepModel"));
        long id = kept.path("assetid").asLong();
        api.shell(UNINSTALL);
        http.awaitStatus("/api/computers", 404, ComputersHttp.LIVE);
        assertEquals(404, http.get("/api/computers/" + id).status());
        assertEquals(404, http.post("/api/collector/computers", "{\"hostname\":\"pc-gone\"}").status());
        assertEquals("the core still serves the asset", 200, http.get("/api/assets/" + id).status());
        assertNull(first(http.get("/api/navigation").json().path("data"), "path", "/api/computers"));
        assertNull(first(http.get("/api/dashboard").json().path("data"), "id", "computers-os-versions"));
        assertEquals("row kept", 1, api.container().count("select count(*) from computers where assetid = " + id));

        api.shell(INSTALL);
        http.awaitStatus("/api/computers", 200, ComputersHttp.LIVE);
        JsonNode back = http.get("/api/computers/" + id).json().path("data");
        assertEquals("KeepModel", back.path("model").asText());
        assertEquals(kept.path("version").asLong(), back.path("version").asLong());
    }

    // --- helpers -------------------------------------------------------------------------

    private static ObjectNode computer(String assetNumber, String name, String hostname) {
        return ComputersHttp.Json.object().put("assetnumber", assetNumber).put("name", name).put("hostname", hostname);
    }

    private static ObjectNode record(String hostname) {
        return ComputersHttp.Json.object().put("hostname", hostname);
    }

    /** A machine for a PC to control: an asset of the tests' own type. */
    private long machine(String assetNumber) throws Exception {
        return api.created("/api/assets", ComputersHttp.Json.object().put("assetnumber", assetNumber).put("name", "Machine " + assetNumber)
                .put("assettype", MACHINE_TYPE)).path("assetid").asLong();
    }
}
