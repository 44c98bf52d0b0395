package org.shopdb.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import javax.inject.Inject;

import org.junit.Before;
import org.junit.Test;
import org.osgi.framework.BundleContext;
import org.osgi.util.tracker.ServiceTracker;
import org.shopdb.api.asset.AssetTypeService;

import com.fasterxml.jackson.databind.JsonNode;

/** {@code /api/assets} as a client uses it: CRUD, lists, audit, and every kind of mistake. */
public abstract class AssetApiContract {

    private static final String TYPE = "testdevice";

    @Inject
    protected BundleContext context;

    private final Http http = new Http();

    @Before
    public void platformReadyWithATestType() throws Exception {
        http.awaitStatus("/api/health", 200, Duration.ofSeconds(90));
        ServiceTracker<AssetTypeService, AssetTypeService> tracker = new ServiceTracker<>(context, AssetTypeService.class, null);
        tracker.open();
        try {
            tracker.waitForService(TimeUnit.SECONDS.toMillis(30)).ensure(TYPE, "Test device", "itests");
        } finally {
            tracker.close();
        }
    }

    @Test
    public void createAnswers201WithTheAssetAndAuditsEveryField() throws Exception {
        Http.Reply reply = http.post("/api/assets", asset("A-CREATE-1", "Lathe PC", "SN-1"));
        assertEquals(reply.body(), 201, reply.status());
        JsonNode created = reply.json().path("data");
        assertEquals("A-CREATE-1", created.path("assetnumber").asText());
        assertEquals(TYPE, created.path("assettype").asText());
        assertEquals("inservice", created.path("status").asText());
        assertTrue(created.path("isactive").asBoolean());
        long id = created.path("assetid").asLong();

        assertEquals(200, http.get("/api/assets/" + id).status());
        JsonNode audit = http.get("/api/audit?entitytype=Asset&entityid=" + id).json().path("data");
        assertEquals(1, audit.size());
        assertEquals("CREATED", audit.get(0).path("action").asText());
        assertEquals("Lathe PC", audit.get(0).path("changes").path("name").path("to").asText());
    }

    @Test
    public void duplicateAssetNumberIsAConflict() throws Exception {
        assertEquals(201, http.post("/api/assets", asset("A-DUP-1", "First", null)).status());
        Http.Reply duplicate = http.post("/api/assets", asset("A-DUP-1", "Second", null));
        assertEquals(409, duplicate.status());
        assertEquals("conflict", duplicate.json().path("error").path("code").asText());
    }

    @Test
    public void missingAndUnknownValuesNameEachField() throws Exception {
        Http.Reply missing = http.post("/api/assets", "{\"assettype\":\"" + TYPE + "\"}");
        assertEquals(422, missing.status());
        assertEquals("validation_failed", missing.json().path("error").path("code").asText());
        assertTrue(missing.body(), missing.body().contains("\"field\":\"assetnumber\"") && missing.body().contains("\"field\":\"name\""));

        Http.Reply unknownType = http.post("/api/assets", "{\"assetnumber\":\"A-X\",\"name\":\"x\",\"assettype\":\"nosuchtype\"}");
        assertEquals(422, unknownType.status());
        assertTrue(unknownType.body().contains("\"field\":\"assettype\""));

        Http.Reply unknownLocation = http.post("/api/assets", "{\"assetnumber\":\"A-X\",\"name\":\"x\",\"assettype\":\"" + TYPE + "\",\"locationid\":987654}");
        assertEquals(422, unknownLocation.status());
        assertEquals("nothing written", 0, http.get("/api/assets?q=A-X").json().path("meta").path("total").asLong());
    }

    @Test
    public void malformedBodiesAre400WithoutInternals() throws Exception {
        for (String body : new String[] {"{\"assetnumber\": ", "[1,2]", "{\"assetnumber\":\"A\",\"name\":\"n\",\"assettype\":\"" + TYPE + "\",\"locationid\":\"abc\"}",
                "{\"assetnumber\":\"A\",\"name\":\"n\",\"assettype\":\"" + TYPE + "\",\"colour\":\"red\"}", ""}) {
            Http.Reply reply = http.post("/api/assets", body);
            assertEquals(body + " -> " + reply.body(), 400, reply.status());
            assertFalse(reply.body(), reply.body().contains("java.") || reply.body().contains("com.fasterxml") || reply.body().contains("Exception"));
        }
    }

    @Test
    public void staleUpdateIsRejectedWithTheCurrentState() throws Exception {
        JsonNode created = http.post("/api/assets", asset("A-STALE-1", "Original", null)).json().path("data");
        long id = created.path("assetid").asLong();
        long version = created.path("version").asLong();

        Http.Reply first = http.put("/api/assets/" + id, update("A-STALE-1", "Renamed by Ann", version));
        assertEquals(first.body(), 200, first.status());
        Http.Reply stale = http.put("/api/assets/" + id, update("A-STALE-1", "Renamed by Bob", version));
        assertEquals(409, stale.status());
        JsonNode error = stale.json().path("error");
        assertEquals("stale_version", error.path("code").asText());
        assertEquals("Renamed by Ann", error.path("current").path("name").asText());
        assertEquals("Renamed by Ann", http.get("/api/assets/" + id).json().path("data").path("name").asText());
    }

    @Test
    public void updateIsAuditedFieldByFieldOldToNew() throws Exception {
        JsonNode created = http.post("/api/assets", asset("A-DIFF-1", "Before", "SN-OLD")).json().path("data");
        long id = created.path("assetid").asLong();
        String body = "{\"assetnumber\":\"A-DIFF-1\",\"name\":\"After\",\"assettype\":\"" + TYPE + "\",\"serialnumber\":\"SN-OLD\","
                + "\"status\":\"inrepair\",\"version\":" + created.path("version").asLong() + "}";
        assertEquals(200, http.put("/api/assets/" + id, body).status());
        JsonNode latest = http.get("/api/audit?entitytype=Asset&entityid=" + id).json().path("data").get(0);
        assertEquals("UPDATED", latest.path("action").asText());
        JsonNode changes = latest.path("changes");
        assertEquals("Before", changes.path("name").path("from").asText());
        assertEquals("After", changes.path("name").path("to").asText());
        assertEquals("inrepair", changes.path("status").path("to").asText());
        assertFalse("unchanged fields are not listed", changes.has("serialnumber"));
    }

    @Test
    public void deletedAssetIsGoneAndItsDeletionAudited() throws Exception {
        long id = http.post("/api/assets", asset("A-DEL-1", "Doomed", null)).json().path("data").path("assetid").asLong();
        assertEquals(204, http.delete("/api/assets/" + id).status());
        assertEquals(404, http.get("/api/assets/" + id).status());
        assertEquals(404, http.delete("/api/assets/" + id).status());
        assertEquals("DELETED", http.get("/api/audit?entitytype=Asset&entityid=" + id).json().path("data").get(0).path("action").asText());
    }

    @Test
    public void listFiltersSortsAndPages() throws Exception {
        for (int i = 1; i <= 3; i++) {
            assertEquals(201, http.post("/api/assets", asset("A-LIST-" + i, "Listed " + i, null)).status());
        }
        JsonNode page = http.get("/api/assets?q=a-list-&per_page=2&page=1&sort=-assetnumber").json();
        assertEquals(3, page.path("meta").path("total").asLong());
        assertEquals(2, page.path("meta").path("per_page").asInt());
        assertEquals(2, page.path("data").size());
        assertEquals("A-LIST-3", page.path("data").get(0).path("assetnumber").asText());
        assertEquals(1, http.get("/api/assets?q=a-list-&per_page=2&page=2").json().path("data").size());
        assertEquals(0, http.get("/api/assets?q=a-list-&isactive=false").json().path("meta").path("total").asLong());
        assertTrue(http.get("/api/assets?assettype=" + TYPE).json().path("meta").path("total").asLong() >= 3);
    }

    @Test
    public void absurdPagingAndMistypedFiltersAre400() throws Exception {
        for (String query : new String[] {"per_page=10000", "page=0", "page=abc", "isactive=maybe", "locationid=x", "sort=password"}) {
            Http.Reply reply = http.get("/api/assets?" + query);
            assertEquals(query + " -> " + reply.body(), 400, reply.status());
        }
    }

    @Test
    public void locationFilterIncludesEverythingBelowTheLocation() throws Exception {
        long site = created(http.post("/api/locations", "{\"kind\":\"site\",\"code\":\"S-NORTH\",\"name\":\"North plant\"}"), "locationid");
        long building = created(http.post("/api/locations", "{\"parentid\":" + site + ",\"kind\":\"building\",\"code\":\"B-1\",\"name\":\"Hall 1\"}"), "locationid");
        long cell = created(http.post("/api/locations", "{\"parentid\":" + building + ",\"kind\":\"cell\",\"code\":\"C-7\",\"name\":\"Cell 7\"}"), "locationid");
        long otherSite = created(http.post("/api/locations", "{\"kind\":\"site\",\"code\":\"S-SOUTH\",\"name\":\"South plant\"}"), "locationid");
        long unit = created(http.post("/api/businessunits", "{\"code\":\"BU-AERO\",\"name\":\"Aero parts\"}"), "businessunitid");
        String body = "{\"assetnumber\":\"A-LOC-1\",\"name\":\"In cell 7\",\"assettype\":\"" + TYPE + "\",\"locationid\":" + cell
                + ",\"businessunitid\":" + unit + "}";
        assertEquals(201, http.post("/api/assets", body).status());

        assertEquals(1, http.get("/api/assets?q=A-LOC-&locationid=" + site).json().path("meta").path("total").asLong());
        assertEquals(1, http.get("/api/assets?q=A-LOC-&locationid=" + cell + "&businessunitid=" + unit).json().path("meta").path("total").asLong());
        assertEquals(0, http.get("/api/assets?q=A-LOC-&locationid=" + otherSite).json().path("meta").path("total").asLong());

        JsonNode tree = http.get("/api/locations?view=tree").json().path("data");
        JsonNode north = null;
        for (JsonNode root : tree) {
            if ("S-NORTH".equals(root.path("code").asText())) {
                north = root;
            }
        }
        assertEquals("C-7", north.path("children").get(0).path("children").get(0).path("code").asText());
        Http.Reply wrongNesting = http.post("/api/locations", "{\"parentid\":" + cell + ",\"kind\":\"building\",\"code\":\"B-X\",\"name\":\"x\"}");
        assertEquals(422, wrongNesting.status());
        assertEquals(409, http.post("/api/businessunits", "{\"code\":\"BU-AERO\",\"name\":\"again\"}").status());
        assertEquals(4, http.get("/api/statuses").json().path("data").size());
    }

    private static long created(Http.Reply reply, String idField) throws Exception {
        assertEquals(reply.body(), 201, reply.status());
        return reply.json().path("data").path(idField).asLong();
    }

    @Test
    public void assetIsFoundByItsNetworkAddresses() throws Exception {
        long id = created(http.post("/api/assets", asset("A-NET-1", "Cell 4 CMM PC", "SN-CMM-4")), "assetid");
        String path = "/api/assets/" + id + "/addresses";
        created(http.post(path, "{\"ipaddress\":\"10.44.0.17\",\"macaddress\":\"00-1a-2b-3c-4d-5e\",\"hostname\":\"CMM-PC-04\",\"isprimary\":true}"), "addressid");
        JsonNode stored = http.get(path).json().path("data").get(0);
        assertEquals("00:1A:2B:3C:4D:5E", stored.path("macaddress").asText());
        assertEquals("cmm-pc-04", stored.path("hostname").asText());

        JsonNode byIp = http.get("/api/search?q=10.44.0.17").json().path("data").get(0);
        assertEquals(id, byIp.path("assetid").asLong());
        assertEquals("ipaddress", byIp.path("matchedfield").asText());
        assertEquals(1, byIp.path("rank").asInt());
        assertEquals(id, http.get("/api/search?q=001a2b3c4d5e").json().path("data").get(0).path("assetid").asLong());
        assertEquals(id, http.get("/api/search?q=cmm-pc-04").json().path("data").get(0).path("assetid").asLong());

        Http.Reply bad = http.post(path, "{\"ipaddress\":\"10.44.0.300\",\"macaddress\":\"nope\"}");
        assertEquals(422, bad.status());
        assertTrue(bad.body(), bad.body().contains("\"field\":\"ipaddress\"") && bad.body().contains("\"field\":\"macaddress\""));
        assertEquals(404, http.post("/api/assets/987654321/addresses", "{\"hostname\":\"x\"}").status());
    }

    @Test
    public void searchRanksExactThenPrefixThenContains() throws Exception {
        created(http.post("/api/assets", asset("A-RANK-10", "Grinder", null)), "assetid");
        created(http.post("/api/assets", asset("A-RANK-1", "Grinder", null)), "assetid");
        created(http.post("/api/assets", asset("X-OTHER-1", "Spare for A-RANK-1 line", null)), "assetid");
        JsonNode hits = http.get("/api/search?q=A-RANK-1").json().path("data");
        assertEquals("A-RANK-1", hits.get(0).path("assetnumber").asText());
        assertEquals(1, hits.get(0).path("rank").asInt());
        assertEquals("A-RANK-10", hits.get(1).path("assetnumber").asText());
        assertEquals(2, hits.get(1).path("rank").asInt());
        assertEquals("X-OTHER-1", hits.get(2).path("assetnumber").asText());
        assertEquals(3, hits.get(2).path("rank").asInt());
        assertEquals(400, http.get("/api/search?q=").status());
    }

    @Test
    public void theSearchIndexIsCompleteAndContainsSearchReadsItsSuffixIndex() throws Exception {
        // Nothing to fill on a new database: contains search reads the suffix index (ADR 0006), whatever the database.
        KarafShell shell = new KarafShell(context);
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        String state = shell.execute("shopdb:search-reindex --no-wait");
        while (!state.contains("Suffix index: in use") && System.nanoTime() < deadline) {
            Thread.sleep(500);
            state = shell.execute("shopdb:search-reindex --no-wait");
        }
        assertTrue(state, state.contains("Suffix index: in use"));
        assertTrue(state, state.lines().anyMatch(line -> line.startsWith("core ") && line.contains("complete")));
    }

    @Test
    public void containsFindsEveryIndexedFieldAndFollowsUpdatesAndDeletesAtOnce() throws Exception {
        JsonNode created = http.post("/api/assets", asset("A-CONT-Q7X1", "Lathe zqvw-name unit", "SN-zqvw-SER-1")).json().path("data");
        long id = created.path("assetid").asLong();
        String addresses = "/api/assets/" + id + "/addresses";
        long address = created(http.post(addresses,
                "{\"ipaddress\":\"10.97.31.5\",\"macaddress\":\"00:AB:CD:97:31:EF\",\"hostname\":\"host-zqvw-h1.plant\"}"), "addressid");

        assertContainsHit("ONT-Q7X", id, "assetnumber", "A-CONT-Q7X1");
        assertContainsHit("ZQVW-NAME", id, "name", "Lathe zqvw-name unit");
        assertContainsHit("zqvw-ser", id, "serialnumber", "SN-zqvw-SER-1");
        assertContainsHit("zqvw-h1", id, "hostname", "host-zqvw-h1.plant");
        assertContainsHit("0.97.31", id, "ipaddress", "10.97.31.5");
        assertContainsHit("cd:97:31", id, "macaddress", "00:AB:CD:97:31:EF");
        assertContainsHit("cd9731", id, "macaddress", "00:AB:CD:97:31:EF");
        JsonNode shortQuery = http.get("/api/search?q=qv").json().path("data");
        for (JsonNode hit : shortQuery) {
            assertTrue("under 3 characters: exact and prefix only: " + shortQuery, hit.path("rank").asInt() < 3);
        }

        assertEquals(200, http.put("/api/assets/" + id, update("A-CONT-Q7X1", "Lathe zqvx-renamed unit", created.path("version").asLong()))
                .status());
        assertEquals("the old name no longer matches", 0, searchTotal("zqvw-name"));
        assertContainsHit("zqvx-renamed", id, "name", "Lathe zqvx-renamed unit");
        assertEquals(204, http.delete(addresses + "/" + address).status());
        assertEquals("a removed address no longer matches", 0, searchTotal("zqvw-h1"));
        assertEquals(204, http.delete("/api/assets/" + id).status());
        assertEquals("a deleted asset is gone from search at once", 0, searchTotal("zqvx-renamed"));
    }

    /** {@code query} finds exactly asset {@code id}, at rank 3, by {@code field}. */
    private void assertContainsHit(String query, long id, String field, String value) throws Exception {
        JsonNode hits = http.get("/api/search?q=" + query).json().path("data");
        assertEquals(query + ": " + hits, 1, hits.size());
        JsonNode hit = hits.get(0);
        assertEquals(query + ": " + hit, id, hit.path("assetid").asLong());
        assertEquals(query + ": " + hit, 3, hit.path("rank").asInt());
        assertEquals(query + ": " + hit, field, hit.path("matchedfield").asText());
        assertEquals(query + ": " + hit, value, hit.path("matchedvalue").asText());
    }

    private long searchTotal(String query) throws Exception {
        return http.get("/api/search?q=" + query).json().path("meta").path("total").asLong();
    }

    @Test
    public void auditTrailFiltersByEntityActorActionAndTime() throws Exception {
        JsonNode created = http.post("/api/assets", asset("A-AUDIT-1", "Audited", null)).json().path("data");
        long id = created.path("assetid").asLong();
        assertEquals(200, http.put("/api/assets/" + id, update("A-AUDIT-1", "Audited twice", created.path("version").asLong())).status());
        String entity = "/api/audit?entitytype=Asset&entityid=" + id;

        JsonNode updates = http.get(entity + "&action=updated").json();
        assertEquals(1, updates.path("meta").path("total").asLong());
        String actor = updates.path("data").get(0).path("actor").path("name").asText();
        assertEquals(2, http.get(entity + "&actor=" + actor).json().path("meta").path("total").asLong());
        assertEquals(0, http.get(entity + "&actor=nobody-at-all").json().path("meta").path("total").asLong());
        assertEquals(0, http.get(entity + "&from=2999-01-01T00:00:00Z").json().path("meta").path("total").asLong());
        assertEquals(2, http.get(entity + "&from=2000-01-01T00:00:00Z&to=2999-01-01T00:00:00Z").json().path("meta").path("total").asLong());
        assertEquals(1, http.get(entity + "&per_page=1").json().path("data").size());
        assertEquals(400, http.get(entity + "&action=exploded").status());
        assertEquals(400, http.get(entity + "&from=yesterday").status());
    }

    @Test
    public void relationshipsLinkAssetsBothWaysAndGoWithThem() throws Exception {
        long pc = created(http.post("/api/assets", asset("A-REL-PC", "Controller PC", null)), "assetid");
        long machine = created(http.post("/api/assets", asset("A-REL-CNC", "CNC mill", null)), "assetid");
        long link = created(http.post("/api/assets/" + pc + "/relationships",
                "{\"toassetid\":" + machine + ",\"type\":\"controls\"}"), "relationshipid");
        JsonNode seenFromMachine = http.get("/api/assets/" + machine + "/relationships").json().path("data").get(0);
        assertEquals(pc, seenFromMachine.path("fromassetid").asLong());
        assertEquals("controls", seenFromMachine.path("type").asText());

        assertEquals(409, http.post("/api/assets/" + pc + "/relationships", "{\"toassetid\":" + machine + ",\"type\":\"controls\"}").status());
        assertEquals(422, http.post("/api/assets/" + pc + "/relationships", "{\"toassetid\":" + pc + ",\"type\":\"controls\"}").status());
        assertEquals(422, http.post("/api/assets/" + pc + "/relationships", "{\"toassetid\":987654321,\"type\":\"controls\"}").status());
        assertEquals(422, http.post("/api/assets/" + pc + "/relationships", "{\"toassetid\":" + machine + ",\"type\":\"Has Spaces\"}").status());

        assertEquals(204, http.delete("/api/assets/" + machine).status());
        assertEquals("the link went with the asset", 0, http.get("/api/assets/" + pc + "/relationships").json().path("data").size());
        assertEquals(404, http.delete("/api/assets/" + pc + "/relationships/" + link).status());
    }

    @Test
    public void shellListsAndShowsAssets() throws Exception {
        assertEquals(201, http.post("/api/assets", asset("A-SHELL-1", "Shell listed", "SN-SHELL")).status());
        KarafShell shell = new KarafShell(context);
        String list = shell.execute("shopdb:asset-list --query a-shell --type " + TYPE);
        assertTrue(list, list.contains("A-SHELL-1") && list.contains("1 assets"));
        String show = shell.execute("shopdb:asset-show A-SHELL-1");
        assertTrue(show, show.contains("SN-SHELL") && show.contains("CREATED"));
        assertTrue(shell.execute("shopdb:asset-show NO-SUCH-ASSET").contains("No asset"));
    }

    @Test
    public void unknownIdsAre404() throws Exception {
        assertEquals(404, http.get("/api/assets/987654321").status());
        assertEquals(404, http.get("/api/assets/not-a-number").status());
        assertEquals(404, http.put("/api/assets/987654321", update("X", "x", 0)).status());
    }

    private static String asset(String number, String name, String serial) {
        return "{\"assetnumber\":\"" + number + "\",\"name\":\"" + name + "\",\"assettype\":\"" + TYPE + "\""
                + (serial == null ? "" : ",\"serialnumber\":\"" + serial + "\"") + "}";
    }

    private static String update(String number, String name, long version) {
        return "{\"assetnumber\":\"" + number + "\",\"name\":\"" + name + "\",\"assettype\":\"" + TYPE + "\",\"version\":" + version + "}";
    }
}
