package org.shopdb.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.shopdb.itests.JsonArrays.first;

import java.time.Duration;
import java.util.Map;
import java.util.function.Predicate;

import javax.inject.Inject;

import org.junit.Before;
import org.junit.Test;
import org.osgi.framework.BundleContext;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A plugin exactly as the archetype generates it (the "standalone" case of
 * tools/plugin-archetype: a sister site's project, built and installed by the archetype's
 * integration test), installed live the way docs/PLUGIN-QUICKSTART.md says: its own features
 * repository, {@code feature:repo-add}, {@code feature:install -r}. Nothing of it is edited.
 */
public abstract class GeneratedPluginContract {

    static final String NAME = "badgereaders";
    static final String COLLECTION = "/api/" + NAME;
    static final String FEATURES = "mvn:org.acme.shopdb/shopdb-badgereaders/1.0.0-SNAPSHOT/xml/features";
    static final String FEATURE = "shopdb-" + NAME;
    private static final Duration BOOT = Duration.ofSeconds(90);
    private static final Duration LIVE = Duration.ofSeconds(60);
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    protected BundleContext context;

    private final Http http = new Http();

    @Before
    public void installed() throws Exception {
        http.awaitStatus("/api/assettypes", 200, BOOT);
        if (http.get(COLLECTION).status() != 200) {
            shell("feature:repo-add " + FEATURES);
            installWatched(Map.of(COLLECTION, RouteWatch.collectionList()));
        }
    }

    /**
     * {@code feature:install} with the plugin's routes asked in a tight loop from the moment it is
     * issued: each answers the core's JSON 404 until it answers whole, nothing else (ADR 0009). The
     * first test of a run installs the plugin on a database that never had it; the uninstall test
     * reinstalls it.
     */
    private void installWatched(Map<String, Predicate<Http.Reply>> routes) throws Exception {
        RouteWatch.whileArriving(http, () -> shell("feature:install " + FEATURE), LIVE, routes);
    }

    @Test
    public void installedLiveItIsAnActivePluginWithItsAssetTypeSeeded() throws Exception {
        JsonNode plugin = http.get("/api/plugins/" + NAME).json().path("data");
        assertEquals(plugin.toString(), "active", plugin.path("state").asText());
        assertEquals("org.acme.shopdb.badgereaders", plugin.path("bundle").asText());
        assertTrue("identity from the plugins parent: " + plugin, plugin.path("version").asText().startsWith("1.0.0"));
        JsonNode types = http.get("/api/assettypes").json().path("data");
        assertNotNull("install hook seeded the asset type: " + types, first(types, "code", "badgereader"));
        assertEquals(200, http.get("/api/plugins/" + NAME + "/schema").status());
    }

    @Test
    public void createReadReplaceDeleteWithAuditAndOptimisticLocking() throws Exception {
        Http.Reply created = http.post(COLLECTION, item("BR-CRUD-1", "Gate 3 reader", "Acme", "BR-100").toString());
        assertEquals(created.body(), 201, created.status());
        JsonNode item = created.json().path("data");
        long id = item.path("assetid").asLong();
        assertTrue(created.header("Location").orElseThrow().endsWith(COLLECTION + "/" + id));
        assertEquals("BR-100", http.get(COLLECTION + "/" + id).json().path("data").path("model").asText());

        ObjectNode change = item("BR-CRUD-1", "Gate 3 reader", "Acme", "BR-200").put("version", item.path("version").asLong());
        Http.Reply replaced = http.put(COLLECTION + "/" + id, change.toString());
        assertEquals(replaced.body(), 200, replaced.status());
        assertEquals("BR-200", replaced.json().path("data").path("model").asText());
        JsonNode audit = http.get("/api/audit?entitytype=badgereader&entityid=" + id).json();
        assertEquals(audit.toString(), 2, audit.path("meta").path("total").asLong());
        assertEquals("UPDATED", audit.path("data").get(0).path("action").asText());
        assertEquals("BR-200", audit.path("data").get(0).path("changes").path("model").path("to").asText());

        Http.Reply stale = http.put(COLLECTION + "/" + id, change.put("model", "BR-300").toString());
        assertEquals(stale.body(), 409, stale.status());
        assertEquals("stale_version", stale.json().path("error").path("code").asText());

        assertEquals(204, http.delete(COLLECTION + "/" + id).status());
        assertEquals(404, http.get(COLLECTION + "/" + id).status());
        assertEquals("the asset went too", 404, http.get("/api/assets/" + id).status());
    }

    @Test
    public void badInputIsNamedAndWritesNothing() throws Exception {
        long before = total(COLLECTION);
        Http.Reply invalid = http.post(COLLECTION, item("BR-BAD-1", "No model", "Acme", null).toString());
        assertEquals(invalid.body(), 422, invalid.status());
        assertTrue(invalid.body(), invalid.body().contains("model"));

        http.post(COLLECTION, item("BR-TWICE", "First", "Acme", "BR-100").toString());
        Http.Reply taken = http.post(COLLECTION, item("BR-TWICE", "Second", "Acme", "BR-100").toString());
        assertEquals(taken.body(), 409, taken.status());
        assertEquals("one item more, not two", before + 1, total(COLLECTION));

        assertEquals(400, http.get(COLLECTION + "?per_page=abc").status());
        assertEquals(404, http.get(COLLECTION + "/not-a-number").status());
    }

    @Test
    public void listIsPagedAndFindsItemsThroughSearchNavigationAndDashboard() throws Exception {
        for (int i = 1; i <= 3; i++) {
            assertEquals(201, http.post(COLLECTION, item("BR-LIST-" + i, "Listed " + i, "Listco", "FindMeModel").toString()).status());
        }
        JsonNode page = http.get(COLLECTION + "?q=BR-LIST&per_page=2&sort=assetnumber").json();
        assertEquals(2, page.path("data").size());
        assertEquals(3, page.path("meta").path("total").asLong());
        assertEquals("BR-LIST-1", page.path("data").get(0).path("assetnumber").asText());

        JsonNode hits = http.get("/api/search?q=FindMeModel").json().path("data");
        assertNotNull("search looks into the plugin's model column: " + hits, first(hits, "assetnumber", "BR-LIST-1"));
        assertNotNull("navigation lists the collection", first(http.get("/api/navigation").json().path("data"), "path", COLLECTION));
        JsonNode widget = first(http.get("/api/dashboard").json().path("data"), "id", NAME + "-by-status");
        assertNotNull("dashboard shows the by-status widget", widget);
    }

    @Test
    public void collectorUpsertsByAssetNumberWithAnApiKey() throws Exception {
        Http.Reply key = http.post("/api/apikeys", "{\"name\":\"badge-inventory\",\"collectors\":[\"" + NAME + "\"]}");
        assertEquals(key.body(), 201, key.status());
        String secret = key.json().path("data").path("key").asText();
        String batch = "[{\"assetnumber\":\"BR-COL-1\",\"model\":\"BR-500\",\"vendor\":\"Acme\"}]";

        Http.Reply first = Http.anonymous().send("POST", "/api/collector/" + NAME, batch, Map.of("X-API-Key", secret));
        assertEquals(first.body(), 200, first.status());
        assertEquals(1, first.json().path("data").path("created").asInt());
        Http.Reply again = Http.anonymous().send("POST", "/api/collector/" + NAME, batch, Map.of("X-API-Key", secret));
        assertEquals(again.body(), 1, again.json().path("data").path("unchanged").asInt());
        Http.Reply changed = Http.anonymous().send("POST", "/api/collector/" + NAME, batch.replace("BR-500", "BR-600"),
                Map.of("X-API-Key", secret));
        assertEquals(changed.body(), 1, changed.json().path("data").path("updated").asInt());
        assertEquals("BR-600", first(http.get(COLLECTION + "?q=BR-COL-1").json().path("data"), "assetnumber", "BR-COL-1")
                .path("model").asText());
    }

    @Test
    public void uninstallKeepsTheRowsAndReinstallFindsThemAgain() throws Exception {
        long id = http.post(COLLECTION, item("BR-KEEP-1", "Survives", "Acme", "BR-100").toString()).json().path("data").path("assetid").asLong();
        shell("feature:uninstall " + FEATURE);
        RouteWatch.assertGoneAtOnce(http, COLLECTION, COLLECTION + "/" + id);
        assertEquals("the asset stays", "BR-KEEP-1",
                http.awaitStatus("/api/assets/" + id, 200, LIVE).json().path("data").path("assetnumber").asText());
        assertNull("navigation entry gone", first(http.awaitStatus("/api/navigation", 200, LIVE).json().path("data"), "path", COLLECTION));

        installWatched(Map.of(
                COLLECTION, RouteWatch.collectionList().and(reply -> total(reply) >= 1),
                COLLECTION + "/" + id, reply -> reply.status() == 200 && model(reply).equals("BR-100")));
        assertEquals("BR-100", http.get(COLLECTION + "/" + id).json().path("data").path("model").asText());
    }

    private static ObjectNode item(String number, String name, String vendor, String model) {
        ObjectNode item = JSON.createObjectNode().put("assetnumber", number).put("name", name).put("vendor", vendor);
        return model == null ? item : item.put("model", model);
    }

    private static long total(Http.Reply reply) {
        try {
            return reply.json().path("meta").path("total").asLong();
        } catch (Exception notJson) {
            return -1;
        }
    }

    private static String model(Http.Reply reply) {
        try {
            return reply.json().path("data").path("model").asText();
        } catch (Exception notJson) {
            return "";
        }
    }

    private long total(String path) throws Exception {
        return http.get(path).json().path("meta").path("total").asLong();
    }

    private String shell(String command) throws Exception {
        return new KarafShell(context).execute(command);
    }
}
