package org.shopdb.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static org.shopdb.itests.JsonArrays.first;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import javax.inject.Inject;

import org.junit.Test;
import org.osgi.framework.BundleContext;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The six site plugins together on one running distribution: installed live with one plain
 * {@code feature:install}, filled by {@code shopdb:demo-load} through their collectors (PCs
 * controlling machines, software on the PCs, switch ports linked to the assets plugged in),
 * found by global search across plugins, and removed together with every row kept. Each
 * plugin's own behaviour is its own contract's (CamerasContract, ComputersContract, …).
 */
public abstract class SitePluginsContract {

    private static final Duration BOOT = Duration.ofSeconds(90);
    private static final Duration LIVE = Duration.ofSeconds(90);
    /** Their collections; applications brings computers along (feature dependency). */
    private static final Map<String, String> FEATURES = Map.of("cameras", "shopdb-cameras", "equipment", "shopdb-equipment",
            "printers", "shopdb-printers", "network", "shopdb-network", "applications", "shopdb-applications", "computers",
            "shopdb-computers");
    private static final String INSTALL = "feature:install shopdb-cameras shopdb-equipment shopdb-printers shopdb-network shopdb-applications";
    /** Computers came as applications' dependency, and goes with it. */
    private static final String UNINSTALL = "feature:uninstall shopdb-cameras shopdb-equipment shopdb-printers shopdb-network shopdb-applications";

    @Inject
    protected BundleContext context;

    private final Http http = new Http();

    @Test
    public void theSitePluginsWorkTogetherAndLeaveTogether() throws Exception {
        http.awaitStatus("/api/health", 200, BOOT);
        shell(INSTALL);
        for (String collection : FEATURES.keySet()) {
            awaitJson("/api/" + collection);
        }
        JsonNode plugins = http.get("/api/plugins").json().path("data");
        for (String plugin : FEATURES.keySet()) {
            assertEquals(plugin + ": " + plugins, "active", first(plugins, "name", plugin).path("state").asText());
        }

        String loaded = shell("shopdb:demo-load --count 24");
        for (String collector : List.of("equipment", "computers", "network", "printers", "applications", "cameras")) {
            assertTrue(collector + " took part: " + loaded, loaded.contains(collector + ": "));
        }
        for (String collection : List.of("cameras", "equipment", "printers", "computers", "applications")) {
            assertTrue(collection + " filled", total("/api/" + collection) >= 10);
        }
        assertTrue("network devices", total("/api/network") >= 1);

        JsonNode machine = http.get("/api/equipment?per_page=100").json().path("data");
        boolean controlled = false;
        for (JsonNode item : machine) {
            controlled |= item.path("controlledby").size() > 0;
        }
        assertTrue("demo PCs control demo machines (a core relationship across two plugins): " + machine, controlled);

        String again = shell("shopdb:demo-load --count 24");
        assertTrue("a second run changes nothing: " + again, !again.matches("(?s).*: [1-9][0-9]* created.*")
                && !again.matches("(?s).*created, [1-9][0-9]* updated.*"));

        searchAcrossPlugins();

        JsonNode navigation = http.get("/api/navigation").json().path("data");
        for (String collection : FEATURES.keySet()) {
            assertNotNull(collection + " in the navigation: " + navigation, first(navigation, "path", "/api/" + collection));
        }
        JsonNode dashboard = http.get("/api/dashboard").json().path("data");
        for (JsonNode widget : dashboard) {
            assertTrue("every widget serves its data: " + widget, !widget.has("error"));
        }

        long assets = total("/api/assets");
        shell(UNINSTALL);
        for (String collection : FEATURES.keySet()) {
            http.awaitStatus("/api/" + collection, 404, LIVE);
        }
        assertEquals("every asset stays", assets, total("/api/assets"));
        assertEquals(200, http.get("/api/search?q=pc-demo-001").status());
    }

    /** A PC by hostname, a machine by machine number, a switch by a MAC on one of its ports, the PCs running an application version. */
    private void searchAcrossPlugins() throws Exception {
        // A demo PC's asset number spells its hostname, and a demo machine's its machine number: the
        // asset number, a core field, is the hit's matched field then; the plugins' own are checked in their contracts.
        JsonNode pc = http.get("/api/computers?per_page=1&sort=assetnumber").json().path("data").get(0);
        assertFound(pc.path("hostname").asText(), pc.path("assetid").asLong(), null);

        JsonNode machine = http.get("/api/equipment?per_page=1").json().path("data").get(0);
        assertFound(machine.path("machinenumber").asText(), machine.path("assetid").asLong(), null);

        JsonNode device = null;
        JsonNode port = null;
        for (JsonNode candidate : http.get("/api/network?per_page=100").json().path("data")) {
            for (JsonNode ports : http.get("/api/network/" + candidate.path("assetid").asLong() + "/ports?per_page=500").json().path("data")) {
                if (ports.hasNonNull("connectedmac")) {
                    device = candidate;
                    port = ports;
                    break;
                }
            }
            if (port != null) {
                break;
            }
        }
        assertNotNull("a demo switch port with a connected MAC", port);
        assertFound(port.path("connectedmac").asText(), device.path("assetid").asLong(), "connectedmac");

        JsonNode installation = http.get("/api/applications/installations?per_page=1").json().path("data").get(0);
        String application = installation.path("application").asText();
        String version = installation.path("version").asText();
        String running = application.contains(version) ? application : application + " " + version;
        JsonNode hits = search(running);
        assertNotNull("the PCs running " + running + ": " + hits, first(hits, "assetid", installation.path("computerid").asText()));
    }

    /** @param field the hit's matched field; {@code null}: any */
    private void assertFound(String query, long assetId, String field) throws Exception {
        JsonNode hits = search(query);
        JsonNode hit = first(hits, "assetid", String.valueOf(assetId));
        assertNotNull(query + " finds asset " + assetId + ": " + hits, hit);
        if (field != null) {
            assertEquals(hits.toString(), field, hit.path("matchedfield").asText());
        }
    }

    private JsonNode search(String query) throws Exception {
        return http.get("/api/search?per_page=100&q=" + URLEncoder.encode(query, StandardCharsets.UTF_8)).json().path("data");
    }

    private long total(String path) throws Exception {
        return http.get(path + (path.contains("?") ? "&" : "?") + "per_page=1").json().path("meta").path("total").asLong();
    }

    /** Until the collection answers its JSON envelope. */
    private void awaitJson(String path) throws Exception {
        long deadline = System.nanoTime() + LIVE.toNanos();
        Http.Reply last;
        do {
            last = http.get(path);
            if (last.status() == 200 && last.body().startsWith("{\"data\"")) {
                return;
            }
            Thread.sleep(200);
        } while (System.nanoTime() < deadline);
        throw new AssertionError(path + " not serving within " + LIVE + ": " + last);
    }

    private String shell(String command) throws Exception {
        return new KarafShell(context).execute(command);
    }
}
