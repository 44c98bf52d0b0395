package org.shopdb.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.shopdb.itests.ComputersHttp.first;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import javax.inject.Inject;

import org.junit.Before;
import org.junit.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.BundleException;
import org.osgi.framework.BundleListener;
import org.osgi.framework.wiring.FrameworkWiring;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The applications plugin on the running distribution: installing it pulls in the computers
 * plugin (feature dependency), and without computers its bundle does not resolve and
 * {@code /api/plugins} says which package is missing; the catalog at {@code /api/applications}
 * with audit and optimistic locking; installations with audited version changes; "which PCs
 * run X below version Y"; search for the PCs running a version; the software collector fed the
 * documented example; live updates of both bundles; uninstall / reinstall keeping every row.
 */
public abstract class ApplicationsContract {

    private static final String FEATURE = "shopdb-applications";
    private static final String INSTALL = "feature:install --no-auto-refresh " + FEATURE;
    private static final String BUNDLE = "org.shopdb.plugins.applications";
    private static final String COMPUTERS_BUNDLE = "org.shopdb.plugins.computers";
    private static final List<String> HOOKS = List.of("searchfields", "navigation", "dashboard", "fieldschema", "collector", "lifecycle");
    private static final String MACHINE_TYPE = ComputersHttp.MACHINE_TYPE;
    /** A second resource of the same application: it joins a moment after the catalog's. */
    private static final String INSTALLATIONS = "/api/applications/installations?per_page=1";

    @Inject
    protected BundleContext context;

    private ComputersHttp api;
    private Http http;

    @Before
    public void applicationsInstalledLive() throws Exception {
        api = new ComputersHttp(context);
        http = api.http;
        api.installedLive(BUNDLE, INSTALL, "/api/applications", INSTALLATIONS, "/api/computers");
    }

    @Test
    public void installingApplicationsInstallsComputersToo() throws Exception {
        api.shell("feature:uninstall --no-auto-refresh " + FEATURE);
        if (api.container().bundle(COMPUTERS_BUNDLE) != null) {
            api.shell("feature:uninstall --no-auto-refresh shopdb-computers");
        }
        assertNull("computers gone", api.container().bundle(COMPUTERS_BUNDLE));
        http.awaitStatus("/api/computers", 404, ComputersHttp.LIVE);

        api.shell(INSTALL);
        assertEquals("feature:install shopdb-applications brought computers", Bundle.ACTIVE, api.container().bundle(COMPUTERS_BUNDLE).getState());
        http.awaitStatus("/api/computers", 200, ComputersHttp.LIVE);
        http.awaitStatus("/api/applications", 200, ComputersHttp.LIVE);
        JsonNode plugin = api.awaitPlugin("applications", ComputersHttp.activeWith(HOOKS));
        assertEquals("/api/applications", plugin.path("collectionpath").asText());
        assertTrue(http.get("/api/assettypes").body().contains("\"code\":\"application\""));
    }

    @Test
    public void withoutComputersItDoesNotResolveAndSaysWhichPackageIsMissing() throws Exception {
        String location = api.container().bundle(BUNDLE).getLocation();
        api.shell("feature:uninstall --no-auto-refresh " + FEATURE);
        if (api.container().bundle(COMPUTERS_BUNDLE) != null) {
            api.shell("feature:uninstall --no-auto-refresh shopdb-computers");
        }
        Bundle alone = context.installBundle(location);
        try {
            try {
                alone.start();
            } catch (BundleException unresolvable) {
                // expected: the framework refuses it; the registry says why
            }
            assertEquals("it does not resolve", Bundle.INSTALLED, alone.getState());
            String reason = "needs package org.shopdb.plugins.computers.api [1.0.0,2.0.0), which no installed bundle exports";
            JsonNode listed = api.awaitPlugin("applications", plugin -> "incompatible".equals(plugin.path("state").asText()));
            assertEquals(listed.toString(), reason, listed.path("reason").asText());
            assertTrue(api.shell("shopdb:plugin-list").lines().anyMatch(line -> line.contains("applications") && line.contains(reason)));
            assertEquals(404, http.get("/api/applications").status());
        } finally {
            alone.uninstall();
        }
        api.shell(INSTALL);
        http.awaitStatus("/api/applications", 200, ComputersHttp.LIVE);
    }

    @Test
    public void catalogCrudWithAuditAndStaleVersions() throws Exception {
        Http.Reply created = http.post("/api/applications", application("APP-CRUD-1", "Hexagon PC-DMIS").put("vendor", "Hexagon")
                .put("category", "measuring").put("licence", "dongle").put("licensedseats", 3).put("supportends", "2027-06-30").toString());
        assertEquals(created.body(), 201, created.status());
        JsonNode entry = created.json().path("data");
        long id = entry.path("assetid").asLong();
        assertEquals("2027-06-30", entry.path("supportends").asText());
        assertEquals("application", http.get("/api/assets/" + id).json().path("data").path("assettype").asText());
        assertEquals("CREATED", api.latestAudit("application", id).path("action").asText());

        ObjectNode change = application("APP-CRUD-1", "Hexagon PC-DMIS").put("vendor", "Hexagon").put("category", "measuring")
                .put("licence", "dongle").put("licensedseats", 5).put("supportends", "2027-06-30").put("version", entry.path("version").asLong());
        assertEquals(200, http.put("/api/applications/" + id, change.toString()).status());
        assertEquals(3, api.latestAudit("application", id).path("changes").path("licensedseats").path("from").asInt());
        Http.Reply stale = http.put("/api/applications/" + id, change.put("licensedseats", 9).toString());
        assertEquals(stale.body(), 409, stale.status());
        assertEquals("stale_version", stale.json().path("error").path("code").asText());

        Http.Reply invalid = http.post("/api/applications", application("APP-BAD-1", "Bad").put("licensedseats", -1).toString());
        assertEquals(invalid.body(), 422, invalid.status());
        assertTrue(invalid.body(), invalid.body().contains("\"field\":\"licensedseats\""));
        Http.Reply malformed = http.post("/api/applications", application("APP-BAD-2", "Bad").put("supportends", "someday").toString());
        assertEquals(malformed.body(), 400, malformed.status());
        assertTrue(malformed.body(), malformed.body().contains("\"field\":\"supportends\""));
        assertEquals("the vendor filter ignores case", 1, api.total("/api/applications?vendor=HEXAGON"));
        assertEquals(204, http.delete("/api/applications/" + id).status());
        assertEquals(404, http.get("/api/applications/" + id).status());
    }

    @Test
    public void installationsAreCreatedChangedAndRemovedWithAudit() throws Exception {
        long pc = api.created("/api/computers", computer("PC-INST-1", "pc-inst-1")).path("assetid").asLong();
        long app = api.created("/api/applications", application("APP-INST-1", "Heidenhain TNCremo").put("vendor", "HEIDENHAIN"))
                .path("assetid").asLong();
        Http.Reply created = http.post("/api/applications/installations",
                "{\"hostname\":\"PC-INST-1\",\"applicationid\":" + app + ",\"version\":\"3.3.4\",\"installdate\":\"2025-05-05\"}");
        assertEquals(created.body(), 201, created.status());
        JsonNode installation = created.json().path("data");
        long id = installation.path("installationid").asLong();
        assertEquals(pc, installation.path("computerid").asLong());
        assertEquals("pc-inst-1", installation.path("hostname").asText());
        assertEquals("Heidenhain TNCremo", installation.path("application").asText());
        assertTrue(created.header("Location").orElseThrow().endsWith("/api/applications/installations/" + id));
        assertEquals("CREATED", api.latestAudit("installation", id).path("action").asText());

        Http.Reply changed = http.put("/api/applications/installations/" + id, "{\"version\":\"3.4.0\",\"installdate\":\"2025-05-05\"}");
        assertEquals(changed.body(), 200, changed.status());
        JsonNode update = api.latestAudit("installation", id);
        assertEquals("UPDATED", update.path("action").asText());
        assertEquals("3.3.4", update.path("changes").path("version").path("from").asText());
        assertEquals("3.4.0", update.path("changes").path("version").path("to").asText());
        assertFalse(update.path("changes").has("installdate"));
        assertEquals("pc-inst-1: Heidenhain TNCremo", update.path("entityname").asText());

        JsonNode entry = http.get("/api/applications/" + app).json().path("data");
        assertEquals(200, http.put("/api/applications/" + app, application("APP-INST-1", "TNCremo Plus").put("vendor", "HEIDENHAIN")
                .put("version", entry.path("version").asLong()).toString()).status());
        JsonNode renamed = http.get("/api/search?q=" + URLEncoder.encode("TNCremo Plus 3.4.0", StandardCharsets.UTF_8)).json().path("data");
        assertNotNull("a rename reaches the installations' search label: " + renamed, first(renamed, "assetid", String.valueOf(pc)));

        assertEquals("one installation per computer and application", 409, http.post("/api/applications/installations",
                "{\"computerid\":" + pc + ",\"applicationid\":" + app + "}").status());
        Http.Reply unknown = http.post("/api/applications/installations", "{\"computerid\":987654,\"applicationid\":" + app + "}");
        assertEquals(unknown.body(), 422, unknown.status());
        assertTrue(unknown.body().contains("\"field\":\"computerid\""));
        assertEquals(400, http.post("/api/applications/installations", "{\"computerid\":\"x\",\"applicationid\":" + app + "}").status());
        assertEquals(400, http.post("/api/applications/installations", "{\"computerid\":" + pc + ",\"applicationid\":" + app + ",\"colour\":1}").status());
        assertEquals(422, http.put("/api/applications/installations/" + id, "{\"installdate\":\"2025-02-30\"}").status());

        assertEquals(204, http.delete("/api/applications/installations/" + id).status());
        assertEquals(404, http.get("/api/applications/installations/" + id).status());
        assertEquals("DELETED", api.latestAudit("installation", id).path("action").asText());
        assertEquals(0, api.container().count("select count(*) from installations where assetid = " + pc));
    }

    @Test
    public void collectorTakesTheDocumentedExampleRepeatsAreSilentAndCompleteListsRemove() throws Exception {
        JsonNode pcs = documentedComputers();
        long cnc = pcs.get(0).path("assetid").asLong();
        String key = api.apiKey("software-inventory", "applications");
        assertEquals(200, api.collect(key, "applications", "[" + nothingInstalled("pc-cnc-0042") + "," + nothingInstalled("pc-cmm-0003") + ","
                + nothingInstalled("kiosk-hall2-01") + "]").status());
        String batch = ComputersHttp.example("applications-collector.json");
        Http.Reply first = api.collect(key, "applications", batch);
        assertEquals(first.body(), 200, first.status());
        assertEquals(first.body(), 3, first.json().path("data").path("created").asInt());
        assertEquals(cnc, first.json().path("data").path("results").get(0).path("assetid").asLong());
        assertEquals(5, api.total("/api/applications/installations?hostname=pc-cnc-0042"));
        assertEquals("one catalog entry for Chrome, whatever the versions", 1, api.total("/api/applications?vendor=google%20llc"));
        JsonNode nx = http.get("/api/applications/installations?hostname=pc-cnc-0042&sort=application").json().path("data");
        assertEquals("2026-01-12", first(nx, "application", "Siemens NX").path("installdate").asText());
        assertEquals("software-inventory", api.latestAudit("installation", first(nx, "application", "Siemens NX").path("installationid").asLong())
                .path("actor").path("name").asText());

        long audits = api.audits();
        Http.Reply again = api.collect(key, "applications", batch);
        assertEquals(again.body(), 3, again.json().path("data").path("unchanged").asInt());
        assertEquals("the same batch twice: no audit noise", audits, api.audits());

        String upgraded = "{\"hostname\":\"pc-cnc-0042\",\"software\":[{\"name\":\"siemens nx\",\"vendor\":\"SIEMENS\",\"version\":\"2312.2000\","
                + "\"installdate\":\"2026-01-12\"},{\"name\":\"7-Zip 23.01 (x64)\",\"vendor\":\"Igor Pavlov\",\"version\":\"23.01\"}]}";
        Http.Reply update = api.collect(key, "applications", upgraded);
        assertEquals(update.body(), "updated", update.json().path("data").path("results").get(0).path("result").asText());
        long nxInstallation = first(nx, "application", "Siemens NX").path("installationid").asLong();
        JsonNode versionChange = api.latestAudit("installation", nxInstallation);
        assertEquals("UPDATED", versionChange.path("action").asText());
        assertEquals("2306.4000", versionChange.path("changes").path("version").path("from").asText());
        assertEquals("2312.2000", versionChange.path("changes").path("version").path("to").asText());
        assertEquals("a complete list removes what it does not name", 2, api.total("/api/applications/installations?hostname=pc-cnc-0042"));
        assertEquals("the catalog keeps its entries", 1, api.total("/api/applications?vendor=cimco%20a/s"));

        Http.Reply unknownPc = api.collect(key, "applications", "{\"hostname\":\"pc-nowhere\",\"software\":[]}");
        assertEquals(unknownPc.body(), 422, unknownPc.status());
        assertTrue(unknownPc.body(), unknownPc.body().contains("no computer with hostname pc-nowhere; send it to /api/collector/computers first"));
        Http.Reply bad = api.collect(key, "applications", "[{\"hostname\":\"pc-cmm-0003\",\"software\":[{\"vendor\":\"x\"},{\"name\":\"y\",\"installdate\":\"soon\"}]}]");
        assertEquals(bad.body(), 422, bad.status());
        assertTrue(bad.body(), bad.body().contains("records[0].software") && bad.body().contains("name"));
    }

    @Test
    public void whichPcsRunXBelowVersionYComparingVersionsProperly() throws Exception {
        loadDocumentedExamples();
        long chrome = http.get("/api/applications?vendor=Google%20LLC").json().path("data").get(0).path("assetid").asLong();
        String path = "/api/applications/" + chrome + "/installations?per_page=500&";
        assertEquals("131.0.6778.86 runs on pc-cnc-0042; 120.0.6099.130 on pc-cmm-0003; 109.0.5414.120 on kiosk-hall2-01",
                List.of("pc-cmm-0003", "kiosk-hall2-01"), examplePcs(path + "versionbelow=131&sort=-version"));
        assertEquals("109.0.5414.120 < 120.0.6099.130 as versions, not as text", List.of("kiosk-hall2-01"),
                examplePcs(path + "versionbelow=120.0.6099.130"));
        assertEquals(List.of("pc-cmm-0003"), examplePcs(path + "versionatleast=120.0.6099.130&versionbelow=131"));
        assertEquals(List.of("pc-cnc-0042", "pc-cmm-0003", "kiosk-hall2-01"), examplePcs(path + "sort=-version"));
        for (JsonNode installation : http.get(path + "versionbelow=131").json().path("data")) {
            assertTrue(installation.toString(), Integer.parseInt(installation.path("version").asText().split("\\.")[0]) < 131);
        }

        long teamviewer = http.get("/api/applications?vendor=TeamViewer").json().path("data").get(0).path("assetid").asLong();
        assertEquals("15.48.5 < 15.50 < 15.60.3", List.of("pc-cnc-0042"),
                examplePcs("/api/applications/installations?per_page=500&applicationid=" + teamviewer + "&versionbelow=15.50"));
        for (String query : new String[] {"per_page=0", "sort=password", "computerid=x"}) {
            assertEquals(query, 400, http.get("/api/applications/" + chrome + "/installations?" + query).status());
        }
        assertEquals(404, http.get("/api/applications/987654/installations").status());
        assertEquals(0, api.total("/api/applications/installations?hostname=pc-nowhere"));
    }

    @Test
    public void searchFindsThePcsRunningAnApplicationVersion() throws Exception {
        loadDocumentedExamples();
        long cnc = http.get("/api/computers?hostname=pc-cnc-0042").json().path("data").get(0).path("assetid").asLong();
        for (String query : new String[] {"7-Zip 23.01", "Siemens NX 2306.4000", "Siemens NX 2306", "NX 2306.40"}) {
            JsonNode hits = http.get("/api/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8)).json().path("data");
            JsonNode hit = first(hits, "assetid", String.valueOf(cnc));
            assertNotNull(query + " finds the PC running it: " + hits, hit);
            assertEquals("software", hit.path("matchedfield").asText());
            assertEquals("computer", hit.path("assettype").asText());
        }
        JsonNode older = http.get("/api/search?q=" + URLEncoder.encode("7-Zip 19.00", StandardCharsets.UTF_8)).json().path("data");
        assertNull("not the PC running another version: " + older, first(older, "assetid", String.valueOf(cnc)));

        String key = api.apiKey("software-search-" + System.nanoTime(), "applications");
        assertEquals(200, api.collect(key, "applications", "{\"hostname\":\"pc-cnc-0042\",\"complete\":false,\"software\":"
                + "[{\"name\":\"Siemens NX\",\"vendor\":\"Siemens\",\"version\":\"2312.2000\"}]}").status());
        assertNotNull("the index follows an upgrade (contains rank)", first(http.get("/api/search?q=" + URLEncoder.encode("NX 2312.20",
                StandardCharsets.UTF_8)).json().path("data"), "assetid", String.valueOf(cnc)));
        assertNull("and forgets the old version", first(http.get("/api/search?q=" + URLEncoder.encode("NX 2306.40", StandardCharsets.UTF_8))
                .json().path("data"), "assetid", String.valueOf(cnc)));
    }

    @Test
    public void navigationAndDashboardIncludeApplications() throws Exception {
        loadDocumentedExamples();
        assertNotNull(first(http.get("/api/navigation").json().path("data"), "path", "/api/applications"));
        JsonNode dashboard = http.get("/api/dashboard").json().path("data");
        JsonNode most = first(dashboard, "id", "applications-most-installed");
        assertNotNull("dashboard: " + dashboard, most);
        assertEquals("table", most.path("kind").asText());
        assertEquals("Google Chrome", most.path("data").path("rows").get(0).get(1).asText());
        JsonNode several = first(dashboard, "id", "applications-several-versions");
        assertTrue(several.toString(), several.toString().contains("Google Chrome"));
        assertTrue(http.get("/api/plugins/applications/schema").body().contains("x-searchable"));
    }

    @Test
    public void liveUpdatesOfComputersAndOfApplicationsKeepTheSoftwareInventoryWorking() throws Exception {
        loadDocumentedExamples();
        long installations = api.total(INSTALLATIONS);
        String key = api.apiKey("software-update", "applications");
        Bundle computers = api.container().bundle(COMPUTERS_BUNDLE);
        Bundle applications = api.container().bundle(BUNDLE);
        List<Integer> applicationsEvents = new CopyOnWriteArrayList<>();
        BundleListener listener = event -> {
            if (event.getBundle().equals(applications)) {
                applicationsEvents.add(event.getType());
            }
        };
        context.addBundleListener(listener);
        try {
            computers.update();
            http.awaitStatus("/api/computers", 200, ComputersHttp.LIVE);
            api.awaitPlugin("applications", ComputersHttp.activeWith(HOOKS));
            http.awaitStatus("/api/applications", 200, ComputersHttp.LIVE);
            http.awaitStatus(INSTALLATIONS, 200, ComputersHttp.LIVE);
            assertEquals("the applications collector still finds computers", 200, awaitCollected(key,
                    "{\"hostname\":\"kiosk-hall2-01\",\"complete\":false,\"software\":[{\"name\":\"Google Chrome\",\"vendor\":\"Google LLC\",\"version\":\"131.0.6778.86\"}]}"));
            assertEquals("131.0.6778.86", http.get("/api/applications/installations?hostname=kiosk-hall2-01").json().path("data").get(0)
                    .path("version").asText());
            assertEquals("updating computers refreshes no other bundle: applications is not restarted", List.of(), applicationsEvents);

            // The refresh Karaf does on a later feature operation without -r (or bundle:refresh): applications restarts on the new package.
            CountDownLatch refreshed = new CountDownLatch(1);
            context.getBundle(0).adapt(FrameworkWiring.class).refreshBundles(List.of(computers), event -> refreshed.countDown());
            assertTrue(refreshed.await(60, TimeUnit.SECONDS));
            assertTrue("the refresh restarts applications: " + applicationsEvents, applicationsEvents.contains(BundleEvent.STOPPED));
            api.awaitPlugin("applications", ComputersHttp.activeWith(HOOKS));
            http.awaitStatus(INSTALLATIONS, 200, ComputersHttp.LIVE);
            assertEquals(200, awaitCollected(key, "{\"hostname\":\"kiosk-hall2-01\",\"complete\":false,\"software\":[]}"));
        } finally {
            context.removeBundleListener(listener);
        }

        api.container().bundle(BUNDLE).update();
        http.awaitStatus("/api/applications", 200, ComputersHttp.LIVE);
        http.awaitStatus(INSTALLATIONS, 200, ComputersHttp.LIVE);
        api.awaitPlugin("applications", ComputersHttp.activeWith(HOOKS));
        assertEquals("the same installations after both updates", installations, api.total(INSTALLATIONS));
    }

    @Test
    public void uninstallKeepsRowsAndReinstallFindsThemAgain() throws Exception {
        loadDocumentedExamples();
        long installations = api.container().count("select count(*) from installations");
        api.shell("feature:uninstall --no-auto-refresh " + FEATURE);
        http.awaitStatus("/api/applications", 404, ComputersHttp.LIVE);
        assertEquals(404, http.get("/api/applications/installations").status());
        assertNull(first(http.get("/api/dashboard").json().path("data"), "id", "applications-most-installed"));
        JsonNode gone = http.get("/api/search?q=" + URLEncoder.encode("Siemens NX 2306", StandardCharsets.UTF_8)).json().path("data");
        assertNull("no installed-software hits without the plugin: " + gone, first(gone, "matchedfield", "software"));
        assertEquals("rows kept", installations, api.container().count("select count(*) from installations"));
        api.shell(INSTALL);
        http.awaitStatus(INSTALLATIONS, 200, ComputersHttp.LIVE);
        assertEquals(installations, api.total(INSTALLATIONS));
    }

    @Test
    public void demoLoadAddsSoftwareToTheDemoPcsAndAgainChangesNothing() throws Exception {
        String first = api.shell("shopdb:demo-load --count 8");
        assertTrue(first, first.contains("computers: 8 created") && first.contains("applications: 8 created, 0 updated, 0 unchanged"));
        assertTrue(api.total("/api/applications/installations?hostname=pc-demo-001") >= 4);
        String again = api.shell("shopdb:demo-load --count 8");
        assertTrue(again, again.contains("applications: 0 created, 0 updated, 8 unchanged"));
    }

    // --- helpers -------------------------------------------------------------------------

    /** The documented computers (and the machines they control) once per container, then their documented software as documented. */
    private void loadDocumentedExamples() throws Exception {
        if (api.total("/api/computers?hostname=pc-cnc-0042") == 0) {
            documentedComputers();
        }
        String key = api.apiKey("software-example-" + System.nanoTime(), "applications");
        Http.Reply loaded = api.collect(key, "applications", ComputersHttp.example("applications-collector.json"));
        assertEquals(loaded.body(), 200, loaded.status());
    }

    /** The hostnames of the documented PCs a list of installations names, in its order (other tests' PCs left out). */
    private List<String> examplePcs(String path) throws Exception {
        List<String> hostnames = new java.util.ArrayList<>();
        for (JsonNode installation : http.get(path).json().path("data")) {
            String hostname = installation.path("hostname").asText();
            if (List.of("pc-cnc-0042", "pc-cmm-0003", "kiosk-hall2-01").contains(hostname)) {
                hostnames.add(hostname);
            }
        }
        return hostnames;
    }

    private static String nothingInstalled(String hostname) {
        return "{\"hostname\":\"" + hostname + "\",\"complete\":true,\"software\":[]}";
    }

    /** The PCs of docs/examples/computers-collector.json, in its order. */
    private JsonNode documentedComputers() throws Exception {
        for (String machine : new String[] {"M-0042", "CMM-0003"}) {
            if (http.get("/api/assets?q=" + machine).json().path("meta").path("total").asInt() == 0) {
                api.created("/api/assets", ComputersHttp.Json.object().put("assetnumber", machine).put("name", machine).put("assettype", MACHINE_TYPE));
            }
        }
        String key = api.apiKey("pc-example-" + System.nanoTime(), "computers");
        Http.Reply reply = api.collect(key, "computers", ComputersHttp.example("computers-collector.json"));
        assertEquals(reply.body(), 200, reply.status());
        return reply.json().path("data").path("results");
    }

    /** Posts the record until the collector answers 200 (it comes back with the plugin's components), the last status. */
    private int awaitCollected(String key, String record) throws Exception {
        long deadline = System.nanoTime() + ComputersHttp.LIVE.toNanos();
        Http.Reply reply;
        do {
            reply = api.collect(key, "applications", record);
            if (reply.status() == 200) {
                return 200;
            }
            Thread.sleep(250);
        } while (System.nanoTime() < deadline);
        throw new AssertionError("the applications collector did not come back: " + reply);
    }

    private static ObjectNode application(String assetNumber, String name) {
        return ComputersHttp.Json.object().put("assetnumber", assetNumber).put("name", name);
    }

    private static ObjectNode computer(String assetNumber, String hostname) {
        return ComputersHttp.Json.object().put("assetnumber", assetNumber).put("name", hostname).put("hostname", hostname);
    }
}
