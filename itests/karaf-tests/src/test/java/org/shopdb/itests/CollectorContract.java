package org.shopdb.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.inject.Inject;

import org.junit.Before;
import org.junit.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Collector ingestion on the running distribution, with the test plugin {@code probecollector}
 * installed live: API keys over HTTP and the shell, where a key is accepted and where not,
 * schema errors per record, idempotent upserts, all-or-nothing and per-record batches, limits.
 */
public abstract class CollectorContract {

    private static final String PLUGIN = "org.shopdb.itests.collector";
    private static final String COLLECTOR = "/api/collector/probecollector";
    private static final Duration READY = Duration.ofSeconds(90);

    @Inject
    protected BundleContext context;

    private final Http admin = new Http();
    private PoolQueries database;

    @Before
    public void collectorPluginInstalled() throws Exception {
        admin.awaitStatus("/api/assettypes", 200, READY);
        database = new PoolQueries(context);
        if (pluginBundle() == null) {
            context.installBundle(System.getProperty(ShopdbDistribution.COLLECTOR_BUNDLE)).start();
        }
        // Served once the plugin's schema is applied and its collector registered: 400 for the empty batch, no longer 404.
        long deadline = System.nanoTime() + READY.toNanos();
        while (admin.post(COLLECTOR, "[]").status() == 404 && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
    }

    private Bundle pluginBundle() {
        for (Bundle bundle : context.getBundles()) {
            if (PLUGIN.equals(bundle.getSymbolicName())) {
                return bundle;
            }
        }
        return null;
    }

    // --- API keys ----------------------------------------------------------------------

    @Test
    public void keyIsShownOnceListedWithoutItsSecretAndItsCreationAudited() throws Exception {
        String name = unique("listed");
        Http.Reply created = admin.post("/api/apikeys", "{\"name\":\"" + name + "\",\"collectors\":[\"probecollector\"]}");
        assertEquals(created.toString(), 201, created.status());
        assertEquals("no-store", created.header("Cache-Control").orElse(""));
        JsonNode key = created.json().path("data");
        String secret = key.path("key").asText();
        assertTrue(secret, secret.startsWith("shopdb_") && secret.startsWith(key.path("prefix").asText()));
        assertFalse(key.path("allcollectors").asBoolean());
        assertEquals("probecollector", key.path("collectors").get(0).asText());
        assertEquals("admin", key.path("createdby").asText());

        Http.Reply list = admin.get("/api/apikeys");
        assertFalse("the list never holds a secret", list.body().contains(secret) || list.body().contains("\"key\""));
        assertTrue(list.body(), list.body().contains(name));
        assertEquals("stored hashed, not in clear", 0, database.count("select count(*) from apikeys where keyhash = ? or keyprefix = ?", secret, secret));
        assertEquals(1, database.count("select count(*) from auditlog where entitytype = 'ApiKey' and action = 'CREATED' and entityname = ?", name));
        assertEquals("names are not reused", 409, admin.post("/api/apikeys", "{\"name\":\"" + name + "\"}").status());
        assertEquals(422, admin.post("/api/apikeys", "{\"name\":\"has space\"}").status());
        assertEquals(422, admin.post("/api/apikeys", "{\"name\":\"" + unique("empty") + "\",\"collectors\":[]}").status());
    }

    @Test
    public void keyPostsToItsCollectorAndTheAuditNamesTheKey() throws Exception {
        String name = unique("poster");
        String key = createKey(name, "[\"probecollector\"]");
        Http.Reply reply = withKey(key, COLLECTOR, batch(record("KEY-1", "Key one", "1.0"), record("KEY-2", "Key two", "1.0")));
        assertEquals(reply.toString(), 200, reply.status());
        JsonNode report = reply.json().path("data");
        assertEquals(2, report.path("created").asInt());
        assertEquals("all-or-nothing", report.path("mode").asText());
        long assetId = report.path("results").get(0).path("assetid").asLong();
        JsonNode audit = admin.get("/api/audit?entitytype=Asset&entityid=" + assetId).json().path("data").get(0);
        assertEquals(name, audit.path("actor").path("name").asText());
        assertEquals("API_KEY", audit.path("actor").path("kind").asText());
        assertEquals("asset and plugin row together", 1, database.count("select count(*) from probedevices where assetid = ?", assetId));
        assertFalse("last use recorded", keyView(name).path("lastuseddate").isMissingNode());

        Http.Reply asUser = admin.post(COLLECTOR, record("KEY-3", "Posted by a user", "1.0"));
        assertEquals(asUser.toString(), 200, asUser.status());
        long userAsset = asUser.json().path("data").path("results").get(0).path("assetid").asLong();
        assertEquals("a user may post too, attributed to the user", "USER",
                admin.get("/api/audit?entitytype=Asset&entityid=" + userAsset).json().path("data").get(0).path("actor").path("kind").asText());
    }

    @Test
    public void keyIsRefusedEverywhereButItsCollectors() throws Exception {
        String key = createKey(unique("narrow"), "[\"othercollector\"]");
        String broad = createKey(unique("broad"), null);
        String token = Http.tokenFor(Http.ADMIN, Http.adminPassword());
        List<String[]> elsewhere = List.of(new String[] {"GET", "/api/assets"}, new String[] {"POST", "/api/assets"},
                new String[] {"GET", "/api/apikeys"}, new String[] {"POST", "/api/apikeys"}, new String[] {"GET", COLLECTOR},
                new String[] {"DELETE", "/api/assets/1"}, new String[] {"POST", "/api/collector/probecollector/../../assets"});
        for (String[] route : elsewhere) {
            Http.Reply reply = Http.anonymous().send(route[0], route[1], "POST".equals(route[0]) ? "{}" : null, Map.of("X-API-Key", broad));
            assertEquals(route[0] + " " + route[1] + ": " + reply, 401, reply.status());
            assertEquals("unauthorized", reply.json().path("error").path("code").asText());
        }
        assertEquals("a key next to a valid token still only counts as a key", 401, Http.anonymous().send("GET", "/api/assets", null,
                Map.of("X-API-Key", broad, "Authorization", "Bearer " + token)).status());
        assertEquals("out of scope", 401, withKey(key, COLLECTOR, record("SCOPE-1", "x", "1")).status());
        assertEquals("method override", 401, Http.anonymous().send("POST", COLLECTOR, record("SCOPE-2", "x", "1"),
                Map.of("X-API-Key", broad, "X-HTTP-Method-Override", "DELETE")).status());
        for (String bad : new String[] {"", "nonsense", "shopdb_" + "A".repeat(43), broad.substring(0, broad.length() - 1) + "x"}) {
            Http.Reply reply = withKey(bad, COLLECTOR, record("BAD-1", "x", "1"));
            assertEquals("'" + bad + "': " + reply, 401, reply.status());
            assertTrue(reply.header("WWW-Authenticate").orElse("").startsWith("ApiKey"));
        }
        assertEquals(0, database.count("select count(*) from assets where assetnumber in ('SCOPE-1', 'SCOPE-2', 'BAD-1')"));
    }

    @Test
    public void revokedKeyIsRefusedAtOnce() throws Exception {
        String name = unique("revoked");
        String key = createKey(name, null);
        assertEquals(200, withKey(key, COLLECTOR, record("REV-1", "Before revocation", "1")).status());
        long id = keyView(name).path("apikeyid").asLong();
        assertEquals(204, admin.delete("/api/apikeys/" + id).status());
        Http.Reply refused = withKey(key, COLLECTOR, record("REV-2", "After revocation", "1"));
        assertEquals(refused.toString(), 401, refused.status());
        assertTrue(refused.body().contains("revoked"));
        assertFalse(keyView(name).path("isactive").asBoolean());
        assertEquals("revoking again changes nothing", 204, admin.delete("/api/apikeys/" + id).status());
        assertEquals(1, database.count("select count(*) from auditlog where entitytype = 'ApiKey' and action = 'UPDATED' and entityname = ?", name));
        assertEquals(404, admin.delete("/api/apikeys/987654321").status());
    }

    @Test
    public void shellCreatesListsAndRevokesKeys() throws Exception {
        KarafShell shell = new KarafShell(context);
        String name = unique("shell");
        String created = shell.execute("shopdb:apikey-create --collector probecollector " + name);
        String key = created.lines().map(String::trim).filter(line -> line.startsWith("shopdb_")).findFirst()
                .orElseThrow(() -> new AssertionError("no key printed: " + created));
        assertTrue(created, created.contains("not shown again"));
        assertEquals(200, withKey(key, COLLECTOR, record("SHELL-1", "From a shell key", "1")).status());
        String list = shell.execute("shopdb:apikey-list");
        assertTrue(list, list.lines().anyMatch(line -> line.contains(name) && line.contains("probecollector")));
        assertFalse("the list shows no secret", list.contains(key));
        assertTrue(shell.execute("shopdb:apikey-revoke " + name).contains("revoked"));
        assertEquals(401, withKey(key, COLLECTOR, record("SHELL-2", "After revocation", "1")).status());
        assertEquals("creation and revocation, both by the console user", 2,
                database.count("select count(*) from auditlog where entitytype = 'ApiKey' and actor like 'shell:%' and entityname = ?", name));
    }

    // --- ingestion ---------------------------------------------------------------------

    @Test
    public void schemaErrorsNameTheRecordAndFieldAndNothingIsWritten() throws Exception {
        Http.Reply reply = admin.post(COLLECTOR, batch(record("SCH-1", "Fine", "1"), "{\"serial\":\"bad serial\",\"name\":\"x\"}",
                "{\"serial\":\"SCH-3\",\"colour\":\"red\"}", "{\"serial\":\"SCH-4\",\"name\":\"x\",\"ip\":\"10.0.0.300\"}"));
        assertEquals(reply.toString(), 422, reply.status());
        JsonNode error = reply.json().path("error");
        assertEquals("validation_failed", error.path("code").asText());
        List<String> fields = new ArrayList<>();
        error.path("details").forEach(detail -> fields.add(detail.path("field").asText()));
        assertTrue(fields.toString(), fields.containsAll(List.of("records[1].serial", "records[2].name", "records[2].colour", "records[3].ip")));
        assertFalse(fields.toString(), fields.stream().anyMatch(field -> field.startsWith("records[0]")));
        assertEquals(0, database.count("select count(*) from assets where assetnumber like 'SCH-%'"));
    }

    @Test
    public void sameBatchTwiceCreatesNoDuplicateAndNoAuditNoise() throws Exception {
        String batch = batch(record("IDEM-1", "Idem one", "2.0"), record("IDEM-2", "Idem two", "2.0"), record("IDEM-3", "Idem three", "2.0"));
        JsonNode first = admin.post(COLLECTOR, batch).json().path("data");
        assertEquals(first.toString(), 3, first.path("created").asInt());
        long audits = database.count("select count(*) from auditlog");

        Http.Reply again = admin.post(COLLECTOR, batch);
        assertEquals(again.toString(), 200, again.status());
        JsonNode second = again.json().path("data");
        assertEquals(3, second.path("unchanged").asInt());
        assertEquals(0, second.path("created").asInt() + second.path("updated").asInt());
        assertEquals(first.path("results").get(1).path("assetid").asLong(), second.path("results").get(1).path("assetid").asLong());
        assertEquals("no duplicate", 3, database.count("select count(*) from assets where assetnumber like 'IDEM-%'"));
        assertEquals("no audit row for unchanged records", audits, database.count("select count(*) from auditlog"));

        JsonNode changed = admin.post(COLLECTOR, batch(record("IDEM-1", "Idem one renamed", "2.0"), record("IDEM-2", "Idem two", "2.1"),
                record("IDEM-3", "Idem three", "2.0"))).json().path("data");
        assertEquals(2, changed.path("updated").asInt());
        assertEquals(1, changed.path("unchanged").asInt());
        assertEquals("one row per real change", audits + 2, database.count("select count(*) from auditlog"));
    }

    @Test
    public void recordFailingInThePluginWriteLeavesNothingOfTheBatch() throws Exception {
        long audits = database.count("select count(*) from auditlog");
        long devices = database.count("select count(*) from probedevices");
        // No firmware: valid for the schema, refused by the plugin table's NOT NULL after the asset is written.
        Http.Reply reply = admin.post(COLLECTOR, batch(record("AON-1", "First", "1"), "{\"serial\":\"AON-2\",\"name\":\"No firmware\"}",
                record("AON-3", "Third", "1")));
        assertEquals(reply.toString(), 422, reply.status());
        assertEquals("records[1]", reply.json().path("error").path("details").get(0).path("field").asText());
        assertEquals("no asset", 0, database.count("select count(*) from assets where assetnumber like 'AON-%'"));
        assertEquals("no plugin row", devices, database.count("select count(*) from probedevices"));
        assertEquals("no audit row", audits, database.count("select count(*) from auditlog"));
    }

    @Test
    public void perRecordModeCommitsEachRecordAndReportsEach() throws Exception {
        Http.Reply reply = admin.post(COLLECTOR + "?mode=per-record", batch(record("PER-1", "Good", "1"),
                "{\"serial\":\"PER-2\"}", "{\"serial\":\"PER-3\",\"name\":\"No firmware\"}", record("PER-4", "Good too", "1")));
        assertEquals(reply.toString(), 200, reply.status());
        JsonNode report = reply.json().path("data");
        assertEquals("per-record", report.path("mode").asText());
        assertEquals(2, report.path("created").asInt());
        assertEquals(2, report.path("failed").asInt());
        JsonNode results = report.path("results");
        assertEquals("failed", results.get(1).path("result").asText());
        assertEquals("records[1].name", results.get(1).path("errors").get(0).path("field").asText());
        assertEquals("failed", results.get(2).path("result").asText());
        assertTrue(results.get(2).path("assetid").isMissingNode());
        assertEquals(1, database.count("select count(*) from assets where assetnumber = 'PER-1'"));
        assertEquals(1, database.count("select count(*) from assets where assetnumber = 'PER-4'"));
        assertEquals("the failed plugin write left no orphan asset", 0,
                database.count("select count(*) from assets where assetnumber in ('PER-2', 'PER-3')"));
        assertEquals(400, admin.post(COLLECTOR + "?mode=best-effort", record("PER-5", "x", "1")).status());
    }

    @Test
    public void repeatedNaturalKeyInOneBatchIsRefused() throws Exception {
        Http.Reply reply = admin.post(COLLECTOR + "?mode=per-record", "{\"records\":[" + record("DUP-1", "One", "1") + ","
                + record("DUP-1", "One again", "1") + "]}");
        assertEquals(reply.toString(), 422, reply.status());
        assertEquals("records[1]", reply.json().path("error").path("details").get(0).path("field").asText());
        assertEquals(0, database.count("select count(*) from assets where assetnumber = 'DUP-1'"));
    }

    @Test
    public void unknownCollectorMalformedAndOversizedBodies() throws Exception {
        String key = createKey(unique("limits"), null);
        Http.Reply unknown = withKey(key, "/api/collector/nosuchcollector", record("X-1", "x", "1"));
        assertEquals(unknown.toString(), 404, unknown.status());
        assertEquals("not_found", unknown.json().path("error").path("code").asText());
        assertEquals(400, withKey(key, COLLECTOR, "{\"serial\": ").status());
        assertEquals(400, withKey(key, COLLECTOR, "42").status());

        StringBuilder tooMany = new StringBuilder("[");
        for (int i = 0; i < 5001; i++) {
            tooMany.append(i == 0 ? "" : ",").append(record(String.format("MANY-%05d", i), "x", "1"));
        }
        Http.Reply many = withKey(key, COLLECTOR, tooMany.append(']').toString());
        assertEquals(413, many.status());
        assertEquals("too_many_records", many.json().path("error").path("code").asText());

        String padding = "x".repeat(10 * 1024 * 1024);
        Http.Reply large = withKey(key, COLLECTOR, "{\"serial\":\"BIG-1\",\"name\":\"" + padding + "\"}");
        assertEquals(413, large.status());
        assertEquals("payload_too_large", large.json().path("error").path("code").asText());
        assertEquals(0, database.count("select count(*) from assets where assetnumber like 'MANY-%' or assetnumber = 'BIG-1'"));
    }

    // --- helpers -----------------------------------------------------------------------

    private static String unique(String stem) {
        return stem + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private String createKey(String name, String collectorsJson) throws Exception {
        Http.Reply reply = admin.post("/api/apikeys", "{\"name\":\"" + name + "\"" + (collectorsJson == null ? "" : ",\"collectors\":" + collectorsJson) + "}");
        assertEquals(reply.toString(), 201, reply.status());
        String key = reply.json().path("data").path("key").asText();
        assertNotNull(key);
        return key;
    }

    private JsonNode keyView(String name) throws Exception {
        for (JsonNode key : admin.get("/api/apikeys").json().path("data")) {
            if (name.equals(key.path("name").asText())) {
                return key;
            }
        }
        throw new AssertionError("no key " + name);
    }

    private static Http.Reply withKey(String key, String path, String body) throws Exception {
        return Http.anonymous().send("POST", path, body, Map.of("X-API-Key", key));
    }

    private static String record(String serial, String name, String firmware) {
        return "{\"serial\":\"" + serial + "\",\"name\":\"" + name + "\",\"firmware\":\"" + firmware + "\"}";
    }

    private static String batch(String... records) {
        return "[" + String.join(",", records) + "]";
    }
}
