package org.shopdb.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.shopdb.itests.JsonArrays.first;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import javax.inject.Inject;

import org.junit.Before;
import org.junit.Test;
import org.ops4j.pax.exam.Option;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.shopdb.api.asset.AssetTypeService;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The equipment plugin on the running distribution, installed live with {@code feature:install
 * shopdb-equipment}: CRUD at {@code /api/equipment} with audit and optimistic locking, filters
 * and paging, {@code controlledby} from the core's relationships, search by machine number,
 * navigation and dashboard, the machine-data collector fed the documented example, a live
 * {@code bundle:update}, and uninstall / reinstall keeping every row. Each subclass boots it on
 * one database.
 */
public abstract class EquipmentContract {

    /** System property inside the container: path of docs/examples/equipment-collector.json. */
    static final String EXAMPLE = "shopdb.equipment.example";
    private static final String FEATURE = "shopdb-equipment";
    /** The operator's plain commands: the assembly refreshes nothing on feature operations (ADR 0008). */
    private static final String INSTALL = "feature:install " + FEATURE;
    private static final String UNINSTALL = "feature:uninstall " + FEATURE;
    private static final String BUNDLE = "org.shopdb.plugins.equipment";
    private static final Duration BOOT = Duration.ofSeconds(90);
    private static final Duration LIVE = Duration.ofSeconds(60);
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    protected BundleContext context;

    private final Http http = new Http();

    /** Options of a subclass's configuration: where the documented collector example is (the build runs in itests/karaf-tests). */
    static Option documentedExample() {
        return systemProperty(EXAMPLE).value(Path.of("../../docs/examples/equipment-collector.json").toAbsolutePath().normalize().toString());
    }

    @Before
    public void equipmentInstalledLive() throws Exception {
        http.awaitStatus("/api/health", 200, BOOT);
        if (container().bundle(BUNDLE) == null) {
            installWatched(Map.of("/api/equipment", RouteWatch.collectionList()));
        }
    }

    /**
     * The plain {@code feature:install} with the plugin's routes asked in a tight loop from the moment
     * it is issued: the core's JSON 404 until they answer whole, never an empty {@code 200} (ADR 0009).
     */
    private void installWatched(Map<String, Predicate<Http.Reply>> routes) throws Exception {
        RouteWatch.whileArriving(http, () -> shell(INSTALL), LIVE, routes);
    }

    @Test
    public void installedLiveAsAPluginWithItsTypeAndEveryHook() throws Exception {
        Bundle bundle = container().bundle(BUNDLE);
        assertEquals(Bundle.ACTIVE, bundle.getState());
        String boot = shell("config:property-get -p org.apache.karaf.features featuresBoot");
        assertFalse("installed live, not booted: " + boot, boot.contains(FEATURE));
        List<String> hooks = List.of("searchfields", "navigation", "dashboard", "fieldschema", "collector", "lifecycle");
        JsonNode plugin = await("/api/plugins/equipment", data -> data.hasNonNull("installeddate")
                && hooks.stream().allMatch(hook -> data.path("hooks").toString().contains("\"" + hook + "\"")));
        assertEquals("active", plugin.path("state").asText());
        JsonNode types = http.get("/api/assettypes").json().path("data");
        assertTrue("install hook seeded the machine type: " + types,
                types.toString().contains("\"code\":\"machine\"") && types.toString().contains("\"owner\":\"" + BUNDLE + "\""));
        JsonNode schema = http.get("/api/plugins/equipment/schema").json().path("data");
        assertTrue(schema.toString(), schema.path("properties").path("controlledby").path("readOnly").asBoolean());
    }

    @Test
    public void createReadReplaceDeleteWithAuditAndAStaleVersionRefused() throws Exception {
        Http.Reply created = http.post("/api/equipment", machine("A-CRUD-1", "m-crud-1").put("kind", "lathe").put("vendor", "Okuma")
                .put("model", "GENOS L3000-e").put("controllervendor", "okuma").put("controllermodel", "OSP-P300LA")
                .put("controllersoftware", "P300LA 1.21").put("installdate", "2019-04-15").put("dncconnection", "ftp")
                .put("dncaddress", "ftp://10.20.5.51/").put("ipaddress", "10.20.5.51").put("serialnumber", "OKU-123456").toString());
        assertEquals(created + " " + created.headers(), 201, created.status());
        JsonNode machine = created.json().path("data");
        long id = machine.path("assetid").asLong();
        assertTrue(created.header("Location").orElseThrow().endsWith("/api/equipment/" + id));
        assertEquals("kept in upper case", "M-CRUD-1", machine.path("machinenumber").asText());
        assertEquals("2019-04-15", machine.path("installdate").asText());
        assertEquals("inservice", machine.path("status").asText());
        assertEquals(0, machine.path("controlledby").size());
        assertEquals("machine", http.get("/api/assets/" + id).json().path("data").path("assettype").asText());
        JsonNode createdAudit = latestAudit(id);
        assertEquals("CREATED", createdAudit.path("action").asText());
        assertEquals("P300LA 1.21", createdAudit.path("changes").path("controllersoftware").path("to").asText());

        ObjectNode change = ((ObjectNode) http.get("/api/equipment/" + id).json().path("data")).put("controllersoftware", "P300LA 1.30");
        Http.Reply replaced = http.put("/api/equipment/" + id, change.toString());
        assertEquals("the item as read, bookkeeping and controlledby included, is a valid body: " + replaced.body(), 200, replaced.status());
        assertTrue("version grows", replaced.json().path("data").path("version").asLong() > machine.path("version").asLong());
        JsonNode updateAudit = latestAudit(id);
        assertEquals("UPDATED", updateAudit.path("action").asText());
        assertEquals("P300LA 1.21", updateAudit.path("changes").path("controllersoftware").path("from").asText());
        assertFalse("unchanged fields are not audited", updateAudit.path("changes").has("vendor"));

        Http.Reply stale = http.put("/api/equipment/" + id, change.put("controllersoftware", "P300LA 9.99").toString());
        assertEquals(stale.body(), 409, stale.status());
        assertEquals("stale_version", stale.json().path("error").path("code").asText());
        assertEquals("P300LA 1.30", stale.json().path("error").path("current").path("controllersoftware").asText());

        Http.Reply taken = http.post("/api/equipment", machine("A-CRUD-2", "M-crud-1").toString());
        assertEquals("machine numbers are unique, ignoring case: " + taken.body(), 409, taken.status());

        assertEquals(204, http.delete("/api/equipment/" + id).status());
        assertEquals(404, http.get("/api/equipment/" + id).status());
        assertEquals("DELETED", latestAudit(id).path("action").asText());
        assertEquals("the cascade took the row", 0, database("select count(*) from equipment where assetid = " + id));
    }

    @Test
    public void badInputIsNamedFieldByFieldAndWritesNothing() throws Exception {
        Http.Reply invalid = http.post("/api/equipment", machine("A-BAD-1", "M-BAD-1").put("kind", "spaceship").put("controllervendor", "acme")
                .put("dncaddress", "ftp://cnc:secret@10.0.0.9/").toString());
        assertEquals(invalid.body(), 422, invalid.status());
        for (String field : List.of("kind", "controllervendor", "dncconnection", "dncaddress")) {
            assertTrue(field + " named: " + invalid.body(), invalid.body().contains("\"field\":\"" + field + "\""));
        }
        assertFalse("no credentials echoed", invalid.body().contains("secret"));
        Http.Reply missing = http.post("/api/equipment", "{\"assetnumber\":\"A-BAD-2\",\"name\":\"No number\"}");
        assertEquals(422, missing.status());
        assertTrue(missing.body(), missing.body().contains("\"field\":\"machinenumber\""));
        assertEquals(400, http.post("/api/equipment", machine("A-BAD-3", "M-BAD-3").put("installdate", "15.04.2019").toString()).status());
        assertEquals(400, http.post("/api/equipment", machine("A-BAD-4", "M-BAD-4").put("assettype", "printer").toString()).status());
        assertEquals(0, database("select count(*) from assets where assetnumber like 'A-BAD-%'"));
        assertEquals(404, http.get("/api/equipment/987654321").status());
        assertEquals(404, http.get("/api/equipment/abc").status());
    }

    @Test
    public void controlledByListsThePcsControllingTheMachineAndIsNeverWritten() throws Exception {
        container().await(AssetTypeService.class, null).ensure("itestpc", "Test PC", "itest");
        long pc1 = createdId(http.post("/api/assets", "{\"assetnumber\":\"PC-CTL-2\",\"name\":\"Cell PC\",\"assettype\":\"itestpc\"}"));
        long pc2 = createdId(http.post("/api/assets", "{\"assetnumber\":\"PC-CTL-1\",\"name\":\"DNC PC\",\"assettype\":\"itestpc\"}"));
        JsonNode machine = create(machine("A-CTL-1", "M-CTL-1").put("vendor", "CtlVendor"));
        long id = machine.path("assetid").asLong();
        relate(pc1, id, "controls");
        relate(pc2, id, "controls");
        relate(pc2, id, "watches");

        JsonNode read = http.get("/api/equipment/" + id).json().path("data");
        assertEquals(List.of("PC-CTL-1", "PC-CTL-2"), texts(read.path("controlledby")));
        JsonNode listed = http.get("/api/equipment?vendor=CtlVendor").json().path("data").get(0);
        assertEquals("the list shows it too", List.of("PC-CTL-1", "PC-CTL-2"), texts(listed.path("controlledby")));

        ObjectNode sentBack = ((ObjectNode) read).put("name", "Renamed");
        sentBack.putArray("controlledby").add("PC-SOMEONE-ELSE");
        Http.Reply replaced = http.put("/api/equipment/" + id, sentBack.toString());
        assertEquals(replaced.body(), 200, replaced.status());
        assertEquals("read only: relationships are made at /api/assets/{id}/relationships", List.of("PC-CTL-1", "PC-CTL-2"),
                texts(replaced.json().path("data").path("controlledby")));

        assertEquals(204, http.delete("/api/assets/" + pc1).status());
        assertEquals(List.of("PC-CTL-1"), texts(http.get("/api/equipment/" + id).json().path("data").path("controlledby")));
    }

    @Test
    public void listFiltersByKindControllerVendorVendorAndConnectionWithPaging() throws Exception {
        create(machine("A-LIST-1", "M-LIST-1").put("kind", "lathe").put("vendor", "ListWerk").put("controllervendor", "fanuc")
                .put("dncconnection", "serial").put("dncaddress", "dnc01 COM3 9600 7E2"));
        create(machine("A-LIST-2", "M-LIST-2").put("kind", "mill").put("vendor", "ListWerk").put("controllervendor", "siemens")
                .put("dncconnection", "share").put("dncaddress", "\\\\dnc01\\programs\\M-LIST-2"));
        create(machine("A-LIST-3", "M-LIST-3").put("kind", "lathe").put("vendor", "ListWerk").put("controllervendor", "siemens")
                .put("status", "spare"));
        create(machine("A-LIST-4", "M-LIST-4").put("kind", "lathe").put("vendor", "OtherWerk").put("controllervendor", "fanuc"));

        assertEquals(3, total("/api/equipment?vendor=listwerk"));
        assertEquals(2, total("/api/equipment?vendor=ListWerk&kind=lathe"));
        assertEquals(2, total("/api/equipment?vendor=ListWerk&controllervendor=Siemens"));
        assertEquals(1, total("/api/equipment?vendor=ListWerk&dncconnection=serial"));
        assertEquals(1, total("/api/equipment?vendor=ListWerk&kind=lathe&status=spare"));
        assertEquals(2, total("/api/equipment?q=A-LIST&controllervendor=fanuc"));
        assertEquals("one machine by its number, in any case", 1, total("/api/equipment?machinenumber=m-list-2"));

        JsonNode page = http.get("/api/equipment?vendor=ListWerk&per_page=2&page=2&sort=-machinenumber").json();
        assertEquals(3, page.path("meta").path("total").asLong());
        assertEquals(1, page.path("data").size());
        assertEquals("M-LIST-1", page.path("data").get(0).path("machinenumber").asText());
        for (String query : List.of("per_page=0", "page=abc", "sort=controllersoftware", "locationid=x")) {
            Http.Reply reply = http.get("/api/equipment?" + query);
            assertEquals(query + " -> " + reply.body(), 400, reply.status());
        }
    }

    @Test
    public void searchNavigationAndDashboardIncludeMachines() throws Exception {
        long site = createdLocation("{\"kind\":\"site\",\"code\":\"EQ-S\",\"name\":\"Equipment plant\"}");
        long hall = createdLocation("{\"parentid\":" + site + ",\"kind\":\"building\",\"code\":\"EQ-H1\",\"name\":\"EQ hall\"}");
        long area = createdLocation("{\"parentid\":" + hall + ",\"kind\":\"area\",\"code\":\"EQ-GRIND\",\"name\":\"EQ grinding\"}");
        long cell = createdLocation("{\"parentid\":" + area + ",\"kind\":\"cell\",\"code\":\"EQ-GRIND-C1\",\"name\":\"EQ grinding cell 1\"}");
        long id = create(machine("A-7712", "M-7712").put("kind", "grinder").put("locationid", cell)).path("assetid").asLong();
        create(machine("A-7713", "M-7713").put("kind", "grinder").put("locationid", area).put("status", "inrepair"));

        for (String typed : List.of("M-7712", "m-7712")) {
            JsonNode hits = http.get("/api/search?q=" + URLEncoder.encode(typed, StandardCharsets.UTF_8)).json().path("data");
            JsonNode hit = first(hits, "assetid", String.valueOf(id));
            assertNotNull("search finds the machine by its machine number typed " + typed + ": " + hits, hit);
            assertEquals("machinenumber", hit.path("matchedfield").asText());
        }

        JsonNode entry = first(http.get("/api/navigation").json().path("data"), "path", "/api/equipment");
        assertNotNull("navigation lists /api/equipment", entry);
        assertEquals("equipment", entry.path("plugin").asText());

        JsonNode dashboard = http.get("/api/dashboard").json().path("data");
        JsonNode byStatus = first(dashboard, "id", "equipment-by-status");
        assertNotNull("dashboard has machines by status: " + dashboard, byStatus);
        assertEquals(List.of("In service", "Spare", "In repair", "Retired"), labels(byStatus));
        assertTrue(byStatus.toString(), slice(byStatus, "In repair") >= 1);
        JsonNode byArea = first(dashboard, "id", "equipment-by-area");
        assertNotNull(byArea);
        assertEquals("the cell's machine and the area's roll up to the area: " + byArea, 2, slice(byArea, "EQ grinding"));
    }

    @Test
    public void collectorTakesTheDocumentedExampleRepeatsAreSilentAndBadRecordsAreNamed() throws Exception {
        Http.Reply key = http.post("/api/apikeys", "{\"name\":\"machine-data\",\"collectors\":[\"equipment\"]}");
        assertEquals(key.body(), 201, key.status());
        Map<String, String> apiKey = Map.of("X-API-Key", key.json().path("data").path("key").asText());
        String example = Files.readString(Path.of(System.getProperty(EXAMPLE)));
        int records = JSON.readTree(example).size();
        String numbers = JSON.readTree(example).findValuesAsText("machinenumber").stream().map(number -> "'" + number + "'")
                .collect(Collectors.joining(", "));

        Http.Reply first = Http.anonymous().send("POST", "/api/collector/equipment", example, apiKey);
        assertEquals(first.body(), 200, first.status());
        assertEquals(records, first.json().path("data").path("created").asInt());
        JsonNode m12 = http.get("/api/equipment?machinenumber=M-0012").json().path("data").get(0);
        assertEquals("asset number from the machine number", "M-0012", m12.path("assetnumber").asText());
        assertEquals("DMG MORI DMU 50 3rd Generation M-0012", m12.path("name").asText());
        assertEquals("6.20", m12.path("controllersoftware").asText());
        assertEquals("10.20.4.112", m12.path("ipaddress").asText());
        assertEquals("machine-data", latestAudit(m12.path("assetid").asLong()).path("actor").path("name").asText());

        long audits = database("select count(*) from auditlog");
        Http.Reply again = Http.anonymous().send("POST", "/api/collector/equipment", example, apiKey);
        assertEquals(again.body(), 200, again.status());
        assertEquals(records, again.json().path("data").path("unchanged").asInt());
        assertEquals("same batch twice: no audit noise", audits, database("select count(*) from auditlog"));
        assertEquals("no duplicates", records, database("select count(*) from equipment where machinenumber in (" + numbers + ")"));

        ArrayNode upgraded = JSON.createArrayNode().add(JSON.createObjectNode().put("machinenumber", "m-0012").put("controllersoftware", "6.22"));
        Http.Reply update = Http.anonymous().send("POST", "/api/collector/equipment", upgraded.toString(), apiKey);
        assertEquals(update.body(), 1, update.json().path("data").path("updated").asInt());
        JsonNode audit = latestAudit(m12.path("assetid").asLong());
        assertEquals("6.20", audit.path("changes").path("controllersoftware").path("from").asText());
        assertEquals("6.22", audit.path("changes").path("controllersoftware").path("to").asText());
        assertEquals("fields the record left out keep their values", "share",
                http.get("/api/equipment/" + m12.path("assetid").asLong()).json().path("data").path("dncconnection").asText());

        String bad = "[{\"machinenumber\":\"M-BAD-C1\",\"kind\":\"spaceship\"},{\"machinenumber\":\"M-BAD-C2\",\"dncaddress\":\"ftp://u:pw@10.1.1.1/\"},"
                + "{\"machinenumber\":\"M-GOOD-C3\",\"kind\":\"press\"},{\"vendor\":\"no key\"}]";
        Http.Reply refused = Http.anonymous().send("POST", "/api/collector/equipment", bad, apiKey);
        assertEquals(refused.body(), 422, refused.status());
        for (String field : List.of("records[0].kind", "records[3].machinenumber")) {
            assertTrue(field + " named: " + refused.body(), refused.body().contains(field));
        }
        assertEquals("all or nothing: the good record was not written either", 0, total("/api/equipment?machinenumber=M-GOOD-C3"));
        Http.Reply perRecord = Http.anonymous().send("POST", "/api/collector/equipment?mode=per-record", bad, apiKey);
        assertEquals(perRecord.body(), 200, perRecord.status());
        assertEquals(3, perRecord.json().path("data").path("failed").asInt());
        assertEquals(1, perRecord.json().path("data").path("created").asInt());
        assertEquals("failed", perRecord.json().path("data").path("results").get(1).path("result").asText());
        assertTrue(perRecord.body(), perRecord.json().path("data").path("results").get(1).toString().contains("records[1].dncconnection"));
    }

    @Test
    public void demoLoadAddsMachinesThroughTheCollectorAndAgainChangesNothing() throws Exception {
        String first = shell("shopdb:demo-load --count 8");
        assertTrue(first, first.contains("equipment: 8 created, 0 updated, 0 unchanged"));
        JsonNode machine = http.get("/api/equipment?machinenumber=M-DEMO-001").json().path("data").get(0);
        assertTrue("placed on the demo site: " + machine, machine.path("locationid").asLong() > 0);
        String again = shell("shopdb:demo-load --count 8");
        assertTrue(again, again.contains("equipment: 0 created, 0 updated, 8 unchanged"));
    }

    @Test
    public void bundleUpdateKeepsItServingItsMachines() throws Exception {
        long id = create(machine("A-UPD-1", "M-UPD-1").put("model", "Survives update")).path("assetid").asLong();
        Bundle before = container().bundle(BUNDLE);
        long bundleId = before.getBundleId();
        long modified = before.getLastModified();
        shell("bundle:update " + bundleId);
        // Requests wait while the plugin switches to its new revision (ADR 0007): the first answer is the new one's.
        Http.Reply served = http.waitingUpTo(Duration.ofSeconds(40)).get("/api/equipment/" + id);
        assertEquals(served.toString(), 200, served.status());
        assertEquals("same bundle, updated in place", bundleId, container().bundle(BUNDLE).getBundleId());
        assertTrue("it was updated", container().bundle(BUNDLE).getLastModified() > modified);
        assertEquals("Survives update", http.get("/api/equipment/" + id).json().path("data").path("model").asText());
        assertEquals(201, http.post("/api/equipment", machine("A-UPD-2", "M-UPD-2").toString()).status());
    }

    @Test
    public void uninstallAnswers404KeepsRowsAndReinstallFindsThem() throws Exception {
        JsonNode kept = create(machine("A-KEEP-1", "M-KEEP-1").put("model", "KeepModel"));
        long id = kept.path("assetid").asLong();

        shell(UNINSTALL);
        RouteWatch.assertGoneAtOnce(http, "/api/equipment", "/api/equipment/" + id);
        assertEquals(404, http.get("/api/equipment/" + id).status());
        assertEquals("the core still serves the asset", 200, http.get("/api/assets/" + id).status());
        assertNull("navigation entry gone", first(http.get("/api/navigation").json().path("data"), "path", "/api/equipment"));
        assertNull("widgets gone", first(http.get("/api/dashboard").json().path("data"), "id", "equipment-by-status"));
        assertEquals("row kept", 1, database("select count(*) from equipment where assetid = " + id));

        installWatched(Map.of("/api/equipment/" + id, reply -> reply.status() == 200 && reply.body().contains("\"model\":\"KeepModel\"")));
        JsonNode back = http.get("/api/equipment/" + id).json().path("data");
        assertEquals("KeepModel", back.path("model").asText());
        assertEquals(kept.path("version").asLong(), back.path("version").asLong());
    }

    // --- helpers -------------------------------------------------------------------------

    private static ObjectNode machine(String assetNumber, String machineNumber) {
        return JSON.createObjectNode().put("assetnumber", assetNumber).put("name", "Machine of " + assetNumber).put("machinenumber", machineNumber);
    }

    private JsonNode create(ObjectNode body) throws Exception {
        Http.Reply reply = http.post("/api/equipment", body.toString());
        assertEquals(reply.body(), 201, reply.status());
        return reply.json().path("data");
    }

    private static long createdId(Http.Reply reply) throws Exception {
        assertEquals(reply.body(), 201, reply.status());
        return reply.json().path("data").path("assetid").asLong();
    }

    private long createdLocation(String body) throws Exception {
        Http.Reply reply = http.post("/api/locations", body);
        assertEquals(reply.body(), 201, reply.status());
        return reply.json().path("data").path("locationid").asLong();
    }

    private void relate(long from, long to, String type) throws Exception {
        Http.Reply reply = http.post("/api/assets/" + from + "/relationships", "{\"toassetid\":" + to + ",\"type\":\"" + type + "\"}");
        assertEquals(reply.body(), 201, reply.status());
    }

    private long total(String path) throws Exception {
        Http.Reply reply = http.get(path);
        assertEquals(path + " -> " + reply.body(), 200, reply.status());
        return reply.json().path("meta").path("total").asLong();
    }

    private JsonNode latestAudit(long id) throws Exception {
        return http.get("/api/audit?entitytype=machine&entityid=" + id).json().path("data").get(0);
    }

    private JsonNode await(String path, Predicate<JsonNode> ready) throws Exception {
        long deadline = System.nanoTime() + LIVE.toNanos();
        JsonNode data;
        do {
            data = http.get(path).json().path("data");
            if (ready.test(data)) {
                return data;
            }
            Thread.sleep(200);
        } while (System.nanoTime() < deadline);
        throw new AssertionError(path + " not ready within " + LIVE + ": " + data);
    }

    private static List<String> texts(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }

    private static List<String> labels(JsonNode widget) {
        return StreamSupport.stream(widget.path("data").path("slices").spliterator(), false)
                .map(slice -> slice.path("label").asText()).toList();
    }

    private static long slice(JsonNode widget, String label) {
        JsonNode slice = first(widget.path("data").path("slices"), "label", label);
        assertNotNull(label + " in " + widget, slice);
        return slice.path("value").asLong();
    }

    private long database(String sql) throws Exception {
        return container().count(sql);
    }

    private InContainer container() {
        return new InContainer(context);
    }

    private String shell(String command) throws Exception {
        return new KarafShell(context).execute(command);
    }
}
