package org.shopdb.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.shopdb.itests.JsonArrays.first;

import java.io.File;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import javax.inject.Inject;

import org.junit.Before;
import org.junit.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The printers plugin on the running distribution, installed live with {@code feature:install
 * shopdb-printers}: CRUD at {@code /api/printers} with audit and optimistic locking, filters and
 * paging, the supplies route, search, navigation and dashboard, the status collector (the
 * documented example, idempotence, reports that do not grow the version, refused records),
 * a live {@code bundle:update}, and uninstall / reinstall keeping every row. Each subclass
 * boots it on one database.
 */
public abstract class PrintersContract {

    /** System property inside the container: path of docs/examples/printers-collector.json. */
    static final String EXAMPLE = "shopdb.printers.collector.example";

    private static final String FEATURE = "shopdb-printers";
    /** {@code --no-auto-refresh}: see CamerasContract and docs/DEPLOY.md section 8. */
    private static final String INSTALL = "feature:install --no-auto-refresh " + FEATURE;
    private static final String UNINSTALL = "feature:uninstall --no-auto-refresh " + FEATURE;
    private static final String BUNDLE = "org.shopdb.plugins.printers";
    private static final Duration BOOT = Duration.ofSeconds(90);
    private static final Duration LIVE = Duration.ofSeconds(60);
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    protected BundleContext context;

    private final Http http = new Http();

    /** The example's path, for the container: the test driver runs in itests/karaf-tests. */
    static String examplePath() {
        return new File(System.getProperty("basedir", "."), "../../docs/examples/printers-collector.json").getAbsolutePath();
    }

    @Before
    public void printersInstalledLive() throws Exception {
        http.awaitStatus("/api/health", 200, BOOT);
        if (printersBundle() == null) {
            shell(INSTALL);
        }
        http.awaitStatus("/api/printers", 200, LIVE);
    }

    @Test
    public void installedLiveAsAPluginWithEveryHookAndItsAssetType() throws Exception {
        Bundle bundle = printersBundle();
        assertEquals(Bundle.ACTIVE, bundle.getState());
        String boot = shell("config:property-get -p org.apache.karaf.features featuresBoot");
        assertFalse("installed live, not booted: " + boot, boot.contains(FEATURE));
        List<String> hooks = List.of("searchfields", "navigation", "dashboard", "fieldschema", "collector", "lifecycle");
        JsonNode plugin = awaitPlugin(hooks);
        assertEquals(plugin.toString(), "active", plugin.path("state").asText());
        assertEquals("/api/printers", plugin.path("collectionpath").asText());
        String types = http.get("/api/assettypes").json().path("data").toString();
        assertTrue("install hook seeded the printer type: " + types, types.contains("\"code\":\"printer\"") && types.contains(BUNDLE));
        JsonNode schema = http.get("/api/plugins/printers/schema").json().path("data");
        assertTrue(schema.toString(), schema.path("properties").path("printerstatus").path("readOnly").asBoolean());
    }

    @Test
    public void createReadReplaceDeleteWithAuditAndAStaleVersionRefused() throws Exception {
        Http.Reply created = http.post("/api/printers", printer("PRN-CRUD-1", "Hall 2 labels").put("kind", "label").put("vendor", "Zebra")
                .put("model", "ZT410").put("printqueue", "\\\\ps01\\CRUD-LBL").put("ipaddress", "10.71.0.1").put("macaddress", "00-07-4d-71-00-01")
                .put("printerstatus", "error").toString());
        assertEquals(created.body(), 201, created.status());
        JsonNode printer = created.json().path("data");
        long id = printer.path("assetid").asLong();
        assertEquals("00:07:4D:71:00:01", printer.path("macaddress").asText());
        assertFalse("a reported field is not taken from a request: " + printer, printer.hasNonNull("printerstatus"));
        assertFalse(printer.path("colour").asBoolean());
        assertEquals("printer", http.get("/api/assets/" + id).json().path("data").path("assettype").asText());
        JsonNode createdAudit = latestAudit("printer", id);
        assertEquals("CREATED", createdAudit.path("action").asText());
        assertEquals("\\\\ps01\\CRUD-LBL", createdAudit.path("changes").path("printqueue").path("to").asText());

        ObjectNode change = printer("PRN-CRUD-1", "Hall 2 labels").put("kind", "label").put("vendor", "Zebra").put("model", "ZT411")
                .put("printqueue", "\\\\ps01\\CRUD-LBL").put("ipaddress", "10.71.0.1").put("macaddress", "00:07:4D:71:00:01")
                .put("version", printer.path("version").asLong());
        Http.Reply replaced = http.put("/api/printers/" + id, change.toString());
        assertEquals(replaced.body(), 200, replaced.status());
        assertEquals("ZT411", replaced.json().path("data").path("model").asText());
        JsonNode updateAudit = latestAudit("printer", id);
        assertEquals("ZT410", updateAudit.path("changes").path("model").path("from").asText());
        assertFalse(updateAudit.path("changes").has("vendor"));

        Http.Reply stale = http.put("/api/printers/" + id, change.put("model", "ZT420").toString());
        assertEquals(stale.body(), 409, stale.status());
        assertEquals("stale_version", stale.json().path("error").path("code").asText());
        assertEquals("ZT411", stale.json().path("error").path("current").path("model").asText());

        Http.Reply invalid = http.post("/api/printers", printer("PRN-CRUD-2", "Bad").put("kind", "laserjet").put("printqueue", "x".repeat(300)).toString());
        assertEquals(invalid.body(), 422, invalid.status());
        assertTrue(invalid.body(), invalid.body().contains("\"field\":\"kind\"") && invalid.body().contains("\"field\":\"printqueue\""));
        assertEquals(400, http.post("/api/printers", printer("PRN-CRUD-2", "Bad").put("tonerlevel", 5).toString()).status());
        Http.Reply sameMac = http.post("/api/printers", printer("PRN-CRUD-3", "Same MAC").put("macaddress", "00074d710001").toString());
        assertEquals(sameMac.body(), 409, sameMac.status());
        assertEquals(0, count("select count(*) from assets where assetnumber in ('PRN-CRUD-2', 'PRN-CRUD-3')"));

        assertEquals(204, http.delete("/api/printers/" + id).status());
        assertEquals(404, http.get("/api/printers/" + id).status());
        assertEquals(404, http.get("/api/printers/" + id + "/supplies").status());
        assertEquals("DELETED", latestAudit("printer", id).path("action").asText());
        assertEquals(404, http.get("/api/printers/abc/supplies").status());
    }

    @Test
    public void listFiltersByKindVendorAndReportedStatusWithPaging() throws Exception {
        long label = create(printer("PRN-LIST-1", "List labels").put("kind", "label").put("vendor", "ListZebra").put("ipaddress", "10.72.0.1"));
        create(printer("PRN-LIST-2", "List laser").put("kind", "laser").put("vendor", "ListZebra"));
        create(printer("PRN-LIST-3", "List plotter").put("kind", "plotter").put("vendor", "ListHP").put("status", "spare"));
        assertEquals(200, report(status("10.72.0.1", "error").put("statusmessage", "Ribbon out")).status());

        assertEquals(2, total("/api/printers?vendor=listzebra"));
        assertEquals(1, total("/api/printers?vendor=ListZebra&kind=LABEL"));
        assertEquals(1, total("/api/printers?vendor=ListZebra&printerstatus=error"));
        assertEquals("status is the asset's lifecycle status", 1, total("/api/printers?vendor=ListHP&status=spare"));
        assertEquals("never reported counts as not reported since", 1,
                total("/api/printers?vendor=ListZebra&notreportedsince=" + Instant.now().minus(1, ChronoUnit.DAYS)));
        JsonNode page = http.get("/api/printers?q=PRN-LIST-&per_page=1&page=2&sort=-assetnumber").json();
        assertEquals(3, page.path("meta").path("total").asLong());
        assertEquals("PRN-LIST-2", page.path("data").get(0).path("assetnumber").asText());
        JsonNode byStatus = http.get("/api/printers?q=PRN-LIST-&sort=printerstatus").json().path("data");
        assertEquals(3, byStatus.size());
        assertEquals(label, http.get("/api/printers?printerstatus=error&q=PRN-LIST").json().path("data").get(0).path("assetid").asLong());
        for (String query : new String[] {"per_page=0", "sort=password", "notreportedsince=yesterday", "locationid=x"}) {
            assertEquals(query, 400, http.get("/api/printers?" + query).status());
        }
    }

    @Test
    public void theDocumentedExampleIsAcceptedFoundAndShownAndTheSameBatchAgainChangesNothing() throws Exception {
        String example = Files.readString(Path.of(System.getProperty(EXAMPLE)));
        Http.Reply key = http.post("/api/apikeys", "{\"name\":\"printer-poller\",\"collectors\":[\"printers\"]}");
        assertEquals(key.body(), 201, key.status());
        Map<String, String> apiKey = Map.of("X-API-Key", key.json().path("data").path("key").asText());

        Http.Reply first = Http.anonymous().send("POST", "/api/collector/printers", example, apiKey);
        assertEquals(first.body(), 200, first.status());
        JsonNode summary = first.json().path("data");
        assertEquals(summary.toString(), 4, summary.path("created").asInt());
        long zebra = summary.path("results").get(0).path("assetid").asLong();

        JsonNode printer = http.get("/api/printers/" + zebra).json().path("data");
        assertEquals("PRN-00074D6A210F", printer.path("assetnumber").asText());
        assertEquals("Zebra ZT410 prn-hall2-lbl", printer.path("name").asText());
        assertEquals("idle", printer.path("printerstatus").asText());
        assertEquals("PRINTER READY", printer.path("statusmessage").asText());
        assertEquals(412553, printer.path("pagecount").asLong());
        assertEquals("2026-11-25T06:00:00Z", printer.path("reportedat").asText());
        JsonNode supplies = http.get("/api/printers/" + zebra + "/supplies").json().path("data");
        assertEquals(2, supplies.size());
        assertEquals("ribbon", supplies.get(0).path("supplykind").asText());
        assertEquals(9, supplies.get(1).path("levelpercent").asInt());
        assertEquals("2026-11-25T06:00:00Z", supplies.get(1).path("reportedat").asText());
        assertEquals("printer-poller", latestAudit("printer", zebra).path("actor").path("name").asText());
        long hp = summary.path("results").get(1).path("assetid").asLong();
        JsonNode fuser = http.get("/api/printers/" + hp + "/supplies").json().path("data").get(4);
        assertEquals("Fuser Kit", fuser.path("description").asText());
        assertFalse("unknown level: " + fuser, fuser.hasNonNull("levelpercent"));
        JsonNode offline = http.get("/api/printers/" + summary.path("results").get(3).path("assetid").asLong()).json().path("data");
        assertEquals("offline", offline.path("printerstatus").asText());
        assertEquals("PRN-10-20-6-12", offline.path("assetnumber").asText());

        long audits = count("select count(*) from auditlog");
        Http.Reply again = Http.anonymous().send("POST", "/api/collector/printers", example, apiKey);
        assertEquals(again.body(), 200, again.status());
        assertEquals(again.body(), 4, again.json().path("data").path("unchanged").asInt());
        assertEquals("the same batch again: no audit row", audits, count("select count(*) from auditlog"));
        assertEquals(printer.path("version").asLong(), http.get("/api/printers/" + zebra).json().path("data").path("version").asLong());
        assertEquals("no duplicates", 4, count("select count(*) from printers p join networkaddresses n on n.assetid = p.assetid"
                + " where n.ipaddress in ('10.20.4.31', '10.20.1.15', '10.20.1.40', '10.20.6.12')"));

        JsonNode hit = first(http.get("/api/search?q=" + URLEncoder.encode("\\\\ps01\\HALL2-LBL", StandardCharsets.UTF_8)).json().path("data"),
                "assetid", String.valueOf(zebra));
        assertNotNull("search finds the printer by its print queue", hit);
        assertEquals("printqueue", hit.path("matchedfield").asText());
        assertNotNull("and by its IP address", first(http.get("/api/search?q=10.20.4.31").json().path("data"), "assetid", String.valueOf(zebra)));

        JsonNode navigation = first(http.get("/api/navigation").json().path("data"), "path", "/api/printers");
        assertNotNull(navigation);
        assertEquals("printers", navigation.path("plugin").asText());
        JsonNode dashboard = http.get("/api/dashboard").json().path("data");
        String low = first(dashboard, "id", "printers-low-supplies").path("data").toString();
        assertTrue(low, low.contains("Labels 100x150 mm") && low.contains("Cyan Cartridge HP 212A W2121A") && !low.contains("Ribbon 110"));
        String failing = first(dashboard, "id", "printers-in-error").path("data").toString();
        assertTrue(failing, failing.contains("Paper jam in cassette 2") && failing.contains("offline") && !failing.contains("Cyan cartridge low"));
        JsonNode byStatus = first(dashboard, "id", "printers-by-status");
        assertEquals("breakdown", byStatus.path("kind").asText());
    }

    @Test
    public void reportsMoveStatusPagesAndSuppliesWithoutGrowingTheVersionAndAuditOnlyWhatMatters() throws Exception {
        String ip = "10.73.0.1";
        ObjectNode idle = status(ip, "idle").put("macaddress", "00:07:4D:73:00:01").put("pagecount", 1000).put("reportedat", at(-60));
        supplies(idle, 40, 80);
        assertEquals("created", result(report(idle)));
        long id = http.get("/api/printers?q=PRN-00074D730001").json().path("data").get(0).path("assetid").asLong();
        long version = http.get("/api/printers/" + id).json().path("data").path("version").asLong();

        // idle -> printing, more pages, toner down: stored, nothing audited.
        long audits = count("select count(*) from auditlog");
        ObjectNode printing = status(ip, "printing").put("pagecount", 1250).put("reportedat", at(-50));
        supplies(printing, 35, 80);
        assertEquals("updated", result(report(printing)));
        JsonNode now = http.get("/api/printers/" + id).json().path("data");
        assertEquals("printing", now.path("printerstatus").asText());
        assertEquals(1250, now.path("pagecount").asLong());
        assertEquals(35, http.get("/api/printers/" + id + "/supplies").json().path("data").get(0).path("levelpercent").asInt());
        assertEquals("wear and a print job are not audited", audits, count("select count(*) from auditlog"));
        assertEquals("a report never makes an open edit stale", version, now.path("version").asLong());

        // A jam: audited as the printer's, old -> new; statussince moves.
        ObjectNode jam = status(ip, "error").put("statusmessage", "Paper jam in tray 2").put("reportedat", at(-40));
        assertEquals("updated", result(report(jam)));
        JsonNode jammed = latestAudit("printer", id);
        assertEquals("printing", jammed.path("changes").path("printerstatus").path("from").asText());
        assertEquals("Paper jam in tray 2", jammed.path("changes").path("statusmessage").path("to").asText());
        assertEquals(jam.path("reportedat").asText(), http.get("/api/printers/" + id).json().path("data").path("statussince").asText());

        // A new cartridge (level up) and the fuser gone: audited as the supplies'.
        ObjectNode refilled = status(ip, "idle").put("reportedat", at(-30));
        ((ArrayNode) refilled.putArray("supplies")).add(supply("toner", "black", "Black Toner", 100));
        assertEquals("updated", result(report(refilled)));
        JsonNode supplyAudit = http.get("/api/audit?entitytype=printersupply&per_page=2").json().path("data");
        JsonNode removed = first(supplyAudit, "action", "DELETED");
        assertEquals(supplyAudit.toString(), "Fuser Kit", removed.path("changes").path("description").path("from").asText());
        JsonNode refill = first(supplyAudit, "action", "UPDATED");
        assertEquals(35, refill.path("changes").path("levelpercent").path("from").asInt());
        assertEquals(100, refill.path("changes").path("levelpercent").path("to").asInt());
        assertEquals("the printer's asset number names the supply's rows", "PRN-00074D730001", refill.path("entityname").asText());
        assertEquals(1, http.get("/api/printers/" + id + "/supplies").json().path("data").size());

        // A report older than the last one is out of date: nothing changes.
        assertEquals("unchanged", result(report(status(ip, "offline").put("reportedat", at(-45)))));
        assertEquals("idle", http.get("/api/printers/" + id).json().path("data").path("printerstatus").asText());
        assertEquals(version, http.get("/api/printers/" + id).json().path("data").path("version").asLong());

        // An operator's edit keeps the report, and the report keeps the edit.
        JsonNode current = http.get("/api/printers/" + id).json().path("data");
        ObjectNode edit = (ObjectNode) current.deepCopy();
        edit.put("printqueue", "\\\\ps01\\REPORTED-1").put("printerstatus", "offline");
        assertEquals(200, http.put("/api/printers/" + id, edit.toString()).status());
        JsonNode edited = http.get("/api/printers/" + id).json().path("data");
        assertEquals("idle", edited.path("printerstatus").asText());
        assertEquals("\\\\ps01\\REPORTED-1", edited.path("printqueue").asText());
        assertEquals("deleting the printer takes its supplies", 204, http.delete("/api/printers/" + id).status());
        assertEquals(0, count("select count(*) from printersupplies where assetid = " + id));
    }

    @Test
    public void badRecordsAreRefusedOneByOneAndTheGoodOnesWritten() throws Exception {
        assertEquals("created", result(report(status("10.74.0.1", "idle").put("macaddress", "00:07:4D:74:00:01"))));
        ArrayNode batch = JSON.createArrayNode();
        batch.add(status("10.74.0.2", "idle"));
        batch.add(JSON.createObjectNode().put("hostname", "no-address"));
        batch.add(status("10.74.0.3", "idle").put("kind", "laserjet"));
        ObjectNode twice = status("10.74.0.4", "idle");
        twice.putArray("supplies").add(supply("toner", "black", "Black", 10)).add(supply("toner", "Black", "BLACK", 20));
        batch.add(twice);
        batch.add(status("10.74.0.1", "idle").put("macaddress", "00:07:4D:74:99:99"));
        batch.add(status("10.74.0.5", "idle").put("reportedat", Instant.now().plus(1, ChronoUnit.DAYS).toString()));

        Http.Reply reply = http.post("/api/collector/printers?mode=per-record", batch.toString());
        assertEquals(reply.body(), 200, reply.status());
        JsonNode results = reply.json().path("data").path("results");
        assertEquals("created", results.get(0).path("result").asText());
        String[] named = {null, "records[1].ipaddress", "records[2].kind", "records[3].supplies[1]", "records[4].macaddress",
            "records[5].reportedat"};
        for (int i = 1; i < named.length; i++) {
            assertEquals(results.toString(), "failed", results.get(i).path("result").asText());
            assertTrue(results.get(i).toString(), results.get(i).path("errors").toString().contains(named[i]));
        }
        assertTrue("the swap message says what to do: " + results.get(4),
                results.get(4).toString().contains("another device answers at 10.74.0.1"));
        assertEquals(0, count("select count(*) from networkaddresses where ipaddress in ('10.74.0.3', '10.74.0.4', '10.74.0.5')"));

        Http.Reply allOrNothing = http.post("/api/collector/printers", "[" + status("10.74.0.6", "idle") + "," + status("10.74.0.3", "broken") + "]");
        assertEquals(allOrNothing.body(), 422, allOrNothing.status());
        assertTrue(allOrNothing.body(), allOrNothing.body().contains("records[1].printerstatus"));
        assertEquals("nothing of a refused batch", 0, count("select count(*) from networkaddresses where ipaddress = '10.74.0.6'"));
    }

    @Test
    public void demoLoadAddsPrintersThroughTheCollectorAndAgainChangesNothing() throws Exception {
        String first = shell("shopdb:demo-load --count 10");
        assertTrue(first, first.contains("printers: 10 created, 0 updated, 0 unchanged"));
        assertEquals(10, total("/api/printers?q=PRN-DEMO-"));
        String again = shell("shopdb:demo-load --count 10");
        assertTrue(again, again.contains("printers: 0 created, 0 updated, 10 unchanged"));
    }

    @Test
    public void bundleUpdateKeepsServingWithItsData() throws Exception {
        long id = create(printer("PRN-UPD-1", "Survives an update").put("ipaddress", "10.75.0.1").put("driver", "UpdDriver"));
        assertEquals("updated", result(report(status("10.75.0.1", "warning").put("statusmessage", "Toner low")
                .set("supplies", JSON.createArrayNode().add(supply("toner", "black", "Black", 9))))));
        long bundleId = printersBundle().getBundleId();
        shell("bundle:update " + bundleId);
        http.awaitStatus("/api/printers/" + id, 200, LIVE);
        assertEquals(bundleId, printersBundle().getBundleId());
        JsonNode back = http.get("/api/printers/" + id).json().path("data");
        assertEquals("UpdDriver", back.path("driver").asText());
        assertEquals("warning", back.path("printerstatus").asText());
        assertEquals(9, http.awaitStatus("/api/printers/" + id + "/supplies", 200, LIVE).json().path("data").get(0).path("levelpercent").asInt());
        assertEquals("the collector is back too", "unchanged", result(reportOnceServed(status("10.75.0.1", "warning").put("statusmessage", "Toner low"))));
    }

    @Test
    public void uninstallAnswers404KeepsTheRowsAndReinstallFindsThem() throws Exception {
        long id = create(printer("PRN-KEEP-1", "Survives uninstall").put("ipaddress", "10.76.0.1").put("model", "KeepModel"));
        assertEquals("updated", result(report(status("10.76.0.1", "idle").set("supplies",
                JSON.createArrayNode().add(supply("toner", "black", "Black", 50))))));
        long version = http.get("/api/printers/" + id).json().path("data").path("version").asLong();

        shell(UNINSTALL);
        http.awaitStatus("/api/printers", 404, LIVE);
        assertEquals(404, http.get("/api/printers/" + id + "/supplies").status());
        assertEquals(404, http.post("/api/collector/printers", status("10.76.0.1", "idle").toString()).status());
        assertEquals("the core still serves the asset", 200, http.get("/api/assets/" + id).status());
        assertNull("navigation entry gone", first(http.get("/api/navigation").json().path("data"), "path", "/api/printers"));
        assertNull("widgets gone", first(http.get("/api/dashboard").json().path("data"), "id", "printers-low-supplies"));
        assertEquals(1, count("select count(*) from printers where assetid = " + id));
        assertEquals(1, count("select count(*) from printersupplies where assetid = " + id));

        shell(INSTALL);
        http.awaitStatus("/api/printers", 200, LIVE);
        JsonNode back = http.awaitStatus("/api/printers/" + id, 200, LIVE).json().path("data");
        assertEquals("KeepModel", back.path("model").asText());
        assertEquals(version, back.path("version").asLong());
        assertEquals(50, http.get("/api/printers/" + id + "/supplies").json().path("data").get(0).path("levelpercent").asInt());
    }

    // --- helpers -------------------------------------------------------------------------

    /** The core runs the install hook on a worker thread; the hooks come up as their components activate, each in its own time. */
    private JsonNode awaitPlugin(List<String> hooks) throws Exception {
        long deadline = System.nanoTime() + LIVE.toNanos();
        JsonNode plugin;
        do {
            plugin = http.get("/api/plugins/printers").json().path("data");
            String registered = plugin.path("hooks").toString();
            if (plugin.hasNonNull("installeddate") && hooks.stream().allMatch(hook -> registered.contains("\"" + hook + "\""))) {
                return plugin;
            }
            Thread.sleep(200);
        } while (System.nanoTime() < deadline);
        throw new AssertionError("not installed with every hook " + hooks + " within " + LIVE + ": " + plugin);
    }

    private static ObjectNode printer(String assetNumber, String name) {
        return JSON.createObjectNode().put("assetnumber", assetNumber).put("name", name);
    }

    private static ObjectNode status(String ip, String status) {
        return JSON.createObjectNode().put("ipaddress", ip).put("printerstatus", status);
    }

    private static ObjectNode supply(String kind, String colour, String description, int level) {
        return JSON.createObjectNode().put("supplykind", kind).put("colour", colour).put("description", description).put("levelpercent", level);
    }

    private static void supplies(ObjectNode record, int toner, int fuser) {
        record.putArray("supplies").add(supply("toner", "black", "Black Toner", toner))
                .add(JSON.createObjectNode().put("supplykind", "fuser").put("description", "Fuser Kit").put("levelpercent", fuser));
    }

    private static String at(int minutesFromNow) {
        return Instant.now().plus(minutesFromNow, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS).toString();
    }

    /** One record through the collector, as an editor may post for tests (all-or-nothing). */
    private Http.Reply report(ObjectNode record) throws Exception {
        return http.post("/api/collector/printers", record.toString());
    }

    /** After a restart of the plugin its collector comes back a moment after its routes. */
    private Http.Reply reportOnceServed(ObjectNode record) throws Exception {
        long deadline = System.nanoTime() + LIVE.toNanos();
        Http.Reply reply = report(record);
        while ((reply.status() == 404 || reply.status() == 503) && System.nanoTime() < deadline) {
            Thread.sleep(250);
            reply = report(record);
        }
        return reply;
    }

    private static String result(Http.Reply reply) throws Exception {
        assertEquals(reply.body(), 200, reply.status());
        return reply.json().path("data").path("results").get(0).path("result").asText();
    }

    private long create(ObjectNode body) throws Exception {
        Http.Reply reply = http.post("/api/printers", body.toString());
        assertEquals(reply.body(), 201, reply.status());
        return reply.json().path("data").path("assetid").asLong();
    }

    private long total(String path) throws Exception {
        Http.Reply reply = http.get(path);
        assertEquals(path + " -> " + reply.body(), 200, reply.status());
        return reply.json().path("meta").path("total").asLong();
    }

    private JsonNode latestAudit(String entityType, long id) throws Exception {
        return http.get("/api/audit?entitytype=" + entityType + "&entityid=" + id).json().path("data").get(0);
    }

    private long count(String sql) throws Exception {
        return new InContainer(context).count(sql);
    }

    private Bundle printersBundle() {
        return new InContainer(context).bundle(BUNDLE);
    }

    private String shell(String command) throws Exception {
        return new KarafShell(context).execute(command);
    }
}
