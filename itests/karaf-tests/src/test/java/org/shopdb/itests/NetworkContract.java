package org.shopdb.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.shopdb.itests.JsonArrays.first;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.inject.Inject;

import org.junit.Before;
import org.junit.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.shopdb.api.asset.AssetTypeService;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The network plugin on the running distribution, installed live with {@code feature:install
 * shopdb-network}: device CRUD with audit and optimistic locking, filters and paging, the
 * discovery collector fed the documented example (docs/examples/network-collector.json) with the
 * ports it links to assets, the child routes, search by connected MAC, the widgets, a live
 * {@code bundle:update}, and uninstall / reinstall keeping every row. Each subclass boots it on
 * one database.
 */
public abstract class NetworkContract {

    /** System property inside the container: path of docs/examples/network-collector.json (set by the subclasses' configuration). */
    static final String EXAMPLE = "shopdb.network.collector.example";

    private static final String FEATURE = "shopdb-network";
    /** The operator's plain commands: the assembly refreshes nothing on feature operations (ADR 0008). */
    private static final String INSTALL = "feature:install " + FEATURE;
    private static final String UNINSTALL = "feature:uninstall " + FEATURE;
    private static final String BUNDLE = "org.shopdb.plugins.network";
    private static final Duration BOOT = Duration.ofSeconds(90);
    private static final Duration LIVE = Duration.ofSeconds(60);
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    protected BundleContext context;

    private final Http http = new Http();

    /** The example path as the test driver sees it: itests/karaf-tests is the working directory of failsafe. */
    static String examplePath() {
        return Path.of("../../docs/examples/network-collector.json").toAbsolutePath().normalize().toString();
    }

    @Before
    public void networkInstalledLive() throws Exception {
        http.awaitStatus("/api/health", 200, BOOT);
        if (container().bundle(BUNDLE) == null) {
            shell(INSTALL);
        }
        http.awaitStatus("/api/network", 200, LIVE);
    }

    @Test
    public void installedLiveWithEveryHookTheDeviceTypeNavigationAndWidgets() throws Exception {
        assertEquals(Bundle.ACTIVE, container().bundle(BUNDLE).getState());
        assertFalse("installed live, not booted",
                shell("config:property-get -p org.apache.karaf.features featuresBoot").contains(FEATURE));
        List<String> hooks = List.of("searchfields", "navigation", "dashboard", "fieldschema", "collector", "lifecycle");
        JsonNode plugin = awaitPlugin(found -> found.hasNonNull("installeddate")
                && hooks.stream().allMatch(hook -> found.path("hooks").toString().contains("\"" + hook + "\"")));
        assertEquals("/api/network", plugin.path("collectionpath").asText());
        String types = http.get("/api/assettypes").json().path("data").toString();
        assertTrue("install hook seeded the type: " + types, types.contains("\"code\":\"networkdevice\"") && types.contains(BUNDLE));
        JsonNode entry = first(http.get("/api/navigation").json().path("data"), "path", "/api/network");
        assertNotNull("navigation lists /api/network", entry);
        JsonNode dashboard = http.get("/api/dashboard").json().path("data");
        for (String widget : List.of("network-devices-by-firmware", "network-ports-linked")) {
            JsonNode tile = first(dashboard, "id", widget);
            assertNotNull(widget + " on the dashboard: " + dashboard, tile);
            assertEquals("breakdown", tile.path("kind").asText());
            assertFalse(tile.toString(), tile.has("error"));
        }
        assertTrue(http.get("/api/plugins/network/schema").body().contains("devicekind"));
    }

    @Test
    public void devicesCreateReadReplaceDeleteWithClosetsAuditAndStaleVersions() throws Exception {
        long closet = create(device("IDF-CRUD-1", "IDF hall 1", "closet")).path("assetid").asLong();
        Http.Reply created = http.post("/api/network", device("SW-CRUD-1", "sw-crud-1", "switch").put("vendor", "Cisco")
                .put("model", "C9200-24T").put("firmware", "17.6.5").put("closetid", closet).put("ipaddress", "10.90.0.11")
                .put("macaddress", "00-a3-d1-90-00-11").toString());
        assertEquals(created.body(), 201, created.status());
        JsonNode sw = created.json().path("data");
        long id = sw.path("assetid").asLong();
        assertEquals(closet, sw.path("closetid").asLong());
        assertEquals("00:A3:D1:90:00:11", sw.path("macaddress").asText());
        assertEquals("networkdevice", http.get("/api/assets/" + id).json().path("data").path("assettype").asText());
        assertEquals("CREATED", latestAudit("networkdevice", id).path("action").asText());

        Http.Reply notACloset = http.post("/api/network", device("SW-CRUD-2", "x", "switch").put("closetid", id).toString());
        assertEquals(notACloset.body(), 422, notACloset.status());
        assertTrue(notACloset.body(), notACloset.body().contains("\"field\":\"closetid\""));
        Http.Reply closetRules = http.post("/api/network", device("IDF-CRUD-2", "x", "closet").put("firmware", "1.0").put("closetid", closet).toString());
        assertEquals(closetRules.body(), 422, closetRules.status());
        assertTrue(closetRules.body(), closetRules.body().contains("\"field\":\"firmware\"") && closetRules.body().contains("\"field\":\"closetid\""));
        Http.Reply badKind = http.post("/api/network", device("SW-CRUD-3", "x", "hub").toString());
        assertEquals(422, badKind.status());
        Http.Reply sameIp = http.post("/api/network", device("SW-CRUD-4", "x", "switch").put("ipaddress", "10.90.0.11").toString());
        assertEquals("a management IP reaches one device: " + sameIp.body(), 409, sameIp.status());
        assertEquals(0, container().count("select count(*) from assets where assetnumber in ('SW-CRUD-2', 'IDF-CRUD-2', 'SW-CRUD-3', 'SW-CRUD-4')"));

        long version = sw.path("version").asLong();
        ObjectNode upgrade = device("SW-CRUD-1", "sw-crud-1", "switch").put("vendor", "Cisco").put("model", "C9200-24T")
                .put("firmware", "17.9.4a").put("closetid", closet).put("ipaddress", "10.90.0.11").put("version", version);
        Http.Reply replaced = http.put("/api/network/" + id, upgrade.toString());
        assertEquals(replaced.body(), 200, replaced.status());
        JsonNode audit = latestAudit("networkdevice", id);
        assertEquals("17.6.5", audit.path("changes").path("firmware").path("from").asText());
        assertEquals("17.9.4a", audit.path("changes").path("firmware").path("to").asText());
        Http.Reply stale = http.put("/api/network/" + id, upgrade.put("firmware", "17.12.1").toString());
        assertEquals(stale.body(), 409, stale.status());
        assertEquals("stale_version", stale.json().path("error").path("code").asText());
        assertEquals("17.9.4a", stale.json().path("error").path("current").path("firmware").asText());

        assertEquals(204, http.delete("/api/network/" + closet).status());
        assertFalse("the closet's devices stay, no longer in it", http.get("/api/network/" + id).json().path("data").hasNonNull("closetid"));
        assertEquals(1, container().count("select count(*) from networkdevices where closetid is null and assetid = " + id));
        assertEquals(204, http.delete("/api/network/" + id).status());
        assertEquals(404, http.get("/api/network/" + id).status());
        assertEquals(404, http.get("/api/network/" + id + "/ports").status());
        assertEquals(0, container().count("select count(*) from networkdevices where assetid = " + id));
    }

    @Test
    public void listFiltersByKindVendorFirmwareAndClosetAndPages() throws Exception {
        long closet = create(device("IDF-LIST-1", "IDF list", "closet").put("vendor", "ListVendor")).path("assetid").asLong();
        create(device("SW-LIST-1", "list 1", "switch").put("vendor", "ListVendor").put("firmware", "9.1").put("closetid", closet));
        create(device("SW-LIST-2", "list 2", "switch").put("vendor", "ListVendor").put("firmware", "9.2").put("closetid", closet));
        create(device("AP-LIST-1", "list ap", "accesspoint").put("vendor", "ListVendor").put("firmware", "9.2"));

        assertEquals(4, total("/api/network?vendor=listvendor"));
        assertEquals(2, total("/api/network?vendor=ListVendor&devicekind=switch"));
        assertEquals(2, total("/api/network?vendor=ListVendor&firmware=9.2"));
        assertEquals(2, total("/api/network?closetid=" + closet));
        assertEquals(1, total("/api/network?vendor=ListVendor&devicekind=closet"));
        JsonNode page = http.get("/api/network?vendor=ListVendor&devicekind=switch&per_page=1&page=2&sort=-firmware").json();
        assertEquals(2, page.path("meta").path("total").asLong());
        assertEquals("SW-LIST-1", page.path("data").get(0).path("assetnumber").asText());
        for (String query : new String[] {"per_page=0", "sort=password", "closetid=x", "notseensince=yesterday"}) {
            assertEquals(query, 400, http.get("/api/network?" + query).status());
        }
    }

    @Test
    public void theDocumentedReportLinksPortsToAssetsAndIsFoundByMacAndRepeatsAreSilent() throws Exception {
        container().await(AssetTypeService.class, null).ensure("itestpc", "Test PC", "itests");
        long pc = assetWithMac("PC-NET-42", "aa:bb:cc:00:00:42");
        long cmm = assetWithMac("PC-NET-43", "AA-BB-CC-00-00-43");
        create(device("IDF-H2-01", "IDF hall 2", "closet"));
        String example = Files.readString(Path.of(System.getProperty(EXAMPLE)));
        String key = apiKey("lldp-discovery");

        JsonNode first = collect(example, key, "").json().path("data");
        assertEquals(first.toString(), 2, first.path("created").asInt());
        long sw = first.path("results").get(0).path("assetid").asLong();
        JsonNode device = http.get("/api/network/" + sw).json().path("data");
        assertEquals("NET-00A3D15E2011", device.path("assetnumber").asText());
        assertEquals("sw-hall2-03", device.path("name").asText());
        assertEquals("10.20.0.11", device.path("ipaddress").asText());
        assertEquals("2026-11-25T06:00:00Z", device.path("lastseen").asText());
        assertEquals(first(http.get("/api/network?devicekind=closet").json().path("data"), "assetnumber", "IDF-H2-01").path("assetid").asLong(),
                device.path("closetid").asLong());

        JsonNode ports = http.get("/api/network/" + sw + "/ports").json();
        assertEquals(7, ports.path("meta").path("total").asLong());
        assertEquals("interface order", "Gi1/0/1", ports.path("data").get(0).path("portname").asText());
        assertEquals(pc, ports.path("data").get(0).path("linkedassetid").asLong());
        assertEquals("PC-NET-42", ports.path("data").get(0).path("linkedassetnumber").asText());
        assertEquals("AA:BB:CC:00:00:43", ports.path("data").get(1).path("connectedmac").asText());
        assertEquals(cmm, ports.path("data").get(1).path("linkedassetid").asLong());
        assertEquals(2, total("/api/network/" + sw + "/ports?linked=true"));
        assertEquals(4, total("/api/network/" + sw + "/ports?vlan=20"));
        assertEquals("the unregistered lathe and an empty port", 2, total("/api/network/" + sw + "/ports?vlan=20&linked=false"));
        assertEquals(1, total("/api/network/" + sw + "/ports?status=disabled"));
        assertEquals(400, http.get("/api/network/" + sw + "/ports?vlan=5000").status());
        assertEquals(400, http.get("/api/network/" + sw + "/ports?linked=maybe").status());
        JsonNode vlans = http.get("/api/network/" + sw + "/vlans").json().path("data");
        assertEquals(4, vlans.size());
        assertEquals("shopfloor", vlans.get(1).path("name").asText());

        JsonNode where = http.get("/api/network/ports?mac=aabb.cc00.0042").json();
        assertEquals(1, where.path("meta").path("total").asLong());
        assertEquals("Gi1/0/1", where.path("data").get(0).path("portname").asText());
        assertEquals("sw-hall2-03", where.path("data").get(0).path("devicename").asText());
        assertEquals("10.20.0.11", where.path("data").get(0).path("deviceipaddress").asText());
        assertEquals(1, total("/api/network/ports?linkedassetid=" + cmm));
        assertEquals(400, http.get("/api/network/ports").status());
        assertEquals(400, http.get("/api/network/ports?mac=nope").status());

        JsonNode hits = http.get("/api/search?q=00:1b:1b:7a:00:07").json().path("data");
        JsonNode hit = first(hits, "assetid", String.valueOf(sw));
        assertNotNull("search finds the switch an unregistered MAC is plugged into: " + hits, hit);
        assertEquals("connectedmac", hit.path("matchedfield").asText());
        assertEquals("00:1B:1B:7A:00:07", hit.path("matchedvalue").asText());

        JsonNode linked = first(http.get("/api/dashboard").json().path("data"), "id", "network-ports-linked");
        assertTrue(linked.toString(), linked.path("data").path("slices").get(0).path("value").asLong() >= 2);

        long audits = container().count("select count(*) from auditlog");
        JsonNode again = collect(example, key, "").json().path("data");
        assertEquals(again.toString(), 2, again.path("unchanged").asInt());
        assertEquals("the same report twice: no audit noise", audits, container().count("select count(*) from auditlog"));
        assertEquals(1, total("/api/network?q=NET-00A3D15E2011"));

        String moved = example.replace("AA:BB:CC:00:00:42", "AA:BB:CC:00:00:43").replace("aa-bb-cc-00-00-43", "AA:BB:CC:00:00:42");
        JsonNode swapped = collect(moved, key, "").json().path("data");
        assertEquals(swapped.toString(), 1, swapped.path("updated").asInt());
        assertEquals(cmm, http.get("/api/network/" + sw + "/ports").json().path("data").get(0).path("linkedassetid").asLong());
        JsonNode relinked = latestAudit("networkport", http.get("/api/network/" + sw + "/ports").json().path("data").get(0)
                .path("networkportid").asLong());
        assertEquals(pc, relinked.path("changes").path("linkedassetid").path("from").asLong());
        assertEquals("lldp-discovery", relinked.path("actor").path("name").asText());
    }

    @Test
    public void badRecordsAreRefusedOneByOneNamingTheField() throws Exception {
        String key = apiKey("lldp-bad");
        String batch = "[" + String.join(",",
                "{\"ipaddress\":\"10.91.0.1\",\"hostname\":\"sw-good\"}",
                "{\"ipaddress\":\"10.91.0.2\",\"closet\":\"NO-SUCH-CLOSET\"}",
                "{\"ipaddress\":\"10.91.0.3\",\"ports\":[{\"portname\":\"Gi1/0/1\"},{\"portname\":\"gi1/0/1\"}]}",
                "{\"ipaddress\":\"10.91.0.4\",\"ports\":[{\"portname\":\"Gi1/0/1\",\"connectedmac\":\"not-a-mac\"}]}",
                "{\"ipaddress\":\"not-an-ip\"}") + "]";
        Http.Reply reply = collect(batch, key, "?mode=per-record");
        assertEquals(reply.body(), 200, reply.status());
        JsonNode results = reply.json().path("data").path("results");
        assertEquals("created", results.get(0).path("result").asText());
        List<String> fields = new ArrayList<>();
        for (int i = 1; i < 5; i++) {
            assertEquals(results.toString(), "failed", results.get(i).path("result").asText());
            fields.add(results.get(i).path("errors").get(0).path("field").asText());
        }
        assertEquals("records[1].closet", fields.get(0));
        assertEquals("records[2].ports[1].portname", fields.get(1));
        assertTrue(fields.get(2), fields.get(2).startsWith("records[3].ports"));
        assertTrue(fields.get(3), fields.get(3).startsWith("records[4]"));
        assertEquals(0, container().count("select count(*) from networkaddresses where ipaddress in ('10.91.0.2', '10.91.0.3', '10.91.0.4')"));

        Http.Reply allOrNothing = collect(batch, key, "");
        assertEquals(allOrNothing.body(), 422, allOrNothing.status());
    }

    @Test
    public void demoLoadFillsTheSiteThroughTheCollectorAndAgainChangesNothing() throws Exception {
        String first = shell("shopdb:demo-load --count 8");
        assertTrue(first, first.contains("network: 8 created, 0 updated, 0 unchanged"));
        JsonNode sw = http.get("/api/network?q=NET-DEMO-003").json().path("data").get(0);
        assertEquals("switch", sw.path("devicekind").asText());
        assertTrue("placed on the demo site: " + sw, sw.path("locationid").asLong() > 0);
        assertEquals(25, total("/api/network/" + sw.path("assetid").asLong() + "/ports"));
        assertEquals(5, http.get("/api/network/" + sw.path("assetid").asLong() + "/vlans").json().path("data").size());
        String again = shell("shopdb:demo-load --count 8");
        assertTrue(again, again.contains("network: 0 created, 0 updated, 8 unchanged"));
    }

    @Test
    public void aLiveBundleUpdateKeepsThePluginServingItsData() throws Exception {
        long id = create(device("SW-UPD-1", "survives update", "switch").put("firmware", "1.2.3")).path("assetid").asLong();
        Bundle bundle = container().bundle(BUNDLE);
        long bundleId = bundle.getBundleId();
        bundle.update();
        JsonNode back = http.awaitStatus("/api/network/" + id, 200, LIVE).json().path("data");
        assertEquals("1.2.3", back.path("firmware").asText());
        assertEquals(bundleId, container().bundle(BUNDLE).getBundleId());
        awaitPlugin(plugin -> "active".equals(plugin.path("state").asText()));
        assertEquals(200, http.get("/api/network/" + id + "/ports").status());
    }

    @Test
    public void uninstallAnswers404KeepsRowsAndReinstallFindsThem() throws Exception {
        long id = create(device("SW-KEEP-1", "survives uninstall", "switch").put("model", "KeepModel")).path("assetid").asLong();
        shell(UNINSTALL);
        http.awaitStatus("/api/network", 404, LIVE);
        assertEquals(404, http.get("/api/network/" + id).status());
        assertEquals(404, http.get("/api/network/ports?mac=AA:BB:CC:00:00:01").status());
        assertEquals(404, http.post("/api/collector/network", "{\"ipaddress\":\"10.92.0.1\"}").status());
        assertEquals("the core still serves the asset", 200, http.get("/api/assets/" + id).status());
        assertNull("navigation entry gone", first(http.get("/api/navigation").json().path("data"), "path", "/api/network"));
        assertEquals("rows kept", 1, container().count("select count(*) from networkdevices where assetid = " + id));

        shell(INSTALL);
        assertEquals("KeepModel", http.awaitStatus("/api/network/" + id, 200, LIVE).json().path("data").path("model").asText());
    }

    // --- helpers -------------------------------------------------------------------------

    private static ObjectNode device(String assetNumber, String name, String kind) {
        return JSON.createObjectNode().put("assetnumber", assetNumber).put("name", name).put("devicekind", kind);
    }

    private JsonNode create(ObjectNode body) throws Exception {
        Http.Reply reply = http.post("/api/network", body.toString());
        assertEquals(reply.body(), 201, reply.status());
        return reply.json().path("data");
    }

    private long assetWithMac(String assetNumber, String mac) throws Exception {
        Http.Reply asset = http.post("/api/assets", "{\"assetnumber\":\"" + assetNumber + "\",\"name\":\"" + assetNumber + "\",\"assettype\":\"itestpc\"}");
        assertEquals(asset.body(), 201, asset.status());
        long id = asset.json().path("data").path("assetid").asLong();
        Http.Reply address = http.post("/api/assets/" + id + "/addresses", "{\"macaddress\":\"" + mac + "\",\"isprimary\":true}");
        assertEquals(address.body(), 201, address.status());
        return id;
    }

    private String apiKey(String name) throws Exception {
        Http.Reply key = http.post("/api/apikeys", "{\"name\":\"" + name + "\",\"collectors\":[\"network\"]}");
        assertEquals(key.body(), 201, key.status());
        return key.json().path("data").path("key").asText();
    }

    private static Http.Reply collect(String body, String key, String query) throws Exception {
        return Http.anonymous().send("POST", "/api/collector/network" + query, body, Map.of("X-API-Key", key));
    }

    private long total(String path) throws Exception {
        Http.Reply reply = http.get(path);
        assertEquals(path + " -> " + reply.body(), 200, reply.status());
        return reply.json().path("meta").path("total").asLong();
    }

    private JsonNode latestAudit(String entityType, long id) throws Exception {
        return http.get("/api/audit?entitytype=" + entityType + "&entityid=" + id).json().path("data").get(0);
    }

    private JsonNode awaitPlugin(java.util.function.Predicate<JsonNode> condition) throws Exception {
        long deadline = System.nanoTime() + LIVE.toNanos();
        JsonNode plugin;
        do {
            plugin = http.get("/api/plugins/network").json().path("data");
            if (condition.test(plugin)) {
                return plugin;
            }
            Thread.sleep(200);
        } while (System.nanoTime() < deadline);
        throw new AssertionError("plugin not as expected within " + LIVE + ": " + plugin);
    }

    private InContainer container() {
        return new InContainer(context);
    }

    private String shell(String command) throws Exception {
        return new KarafShell(context).execute(command);
    }
}
