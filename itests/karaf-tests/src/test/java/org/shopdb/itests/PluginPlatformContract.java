package org.shopdb.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.io.InputStream;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import javax.inject.Inject;

import org.junit.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.shopdb.itests.probe.ProbeWriter;

import com.fasterxml.jackson.databind.JsonNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The plugin platform on the running distribution, with the probe test plugin: its routes in
 * an application of its own; the registry, navigation, dashboard and search showing what it
 * contributes; its live install, upgrade (measured under load), uninstall and reinstall; and a
 * plugin built for another core, refused in plain words. Each subclass boots it on one database.
 */
public abstract class PluginPlatformContract {

    private static final Logger LOG = LoggerFactory.getLogger(PluginPlatformContract.class);

    static final String PROBE = "org.shopdb.itests.probe";
    private static final Duration BOOT = Duration.ofSeconds(90);
    private static final Duration LIVE = Duration.ofSeconds(60);
    /** Concurrent clients per path while the probe is upgraded live. */
    private static final int UPGRADE_CLIENTS = 3;
    private static final String[] PROBE_HOOKS = {"searchfields", "navigation", "dashboard", "fieldschema", "lifecycle"};

    @Inject
    protected BundleContext context;

    private final Http admin = new Http();
    /** For requests the core may hold while a plugin is switched (up to 20 s, PluginSwitches). */
    private final Http patientAdmin = admin.waitingUpTo(Duration.ofSeconds(40));
    private final Http anonymous = Http.anonymous();

    @Test
    public void pluginRoutesLiveInTheirOwnApplicationWithTheCoresAuthAndErrors() throws Exception {
        startProbe();
        admin.awaitStatus("/api/probe", 200, LIVE);
        assertTrue("the plugin's application is registered under its own name and base", container().isRegistered(
                "javax.ws.rs.core.Application", "(&(osgi.jaxrs.name=shopdb.probe)(osgi.jaxrs.application.base=api/probe))"));

        Http.Reply unauthenticated = anonymous.get("/api/probe");
        assertEquals(401, unauthenticated.status());
        assertEquals(unauthenticated.body(), "unauthorized", unauthenticated.json().path("error").path("code").asText());

        Http.Reply missing = admin.get("/api/probe/999999999");
        assertEquals(404, missing.status());
        assertEquals("the plugin's exception, in the core's envelope", "not_found", missing.json().path("error").path("code").asText());

        Http.Reply noRoute = admin.get("/api/probe/no/such/route");
        assertEquals(404, noRoute.status());
        assertEquals(noRoute.body(), "not_found", noRoute.json().path("error").path("code").asText());

        Http.Reply wrongMethod = admin.send("DELETE", "/api/probe", null, java.util.Map.of());
        assertEquals("the collection root is served in place, not redirected", 405, wrongMethod.status());
        assertTrue(admin.get("/api/probe").json().path("data").isArray());
    }

    @Test
    public void probeLivesThroughInstallUpgradeUninstallAndReinstall() throws Exception {
        // Installed live: active with every hook, each hook's contribution served.
        Bundle probe = startProbe();
        JsonNode installed = awaitPlugin("probe", plugin -> "active".equals(plugin.path("state").asText()));
        assertEquals("1.0.0", installed.path("version").asText());
        assertEquals("the plugins parent's shopdb.api.range", "[1.1.0,2.0.0)", installed.path("corerange").asText());
        assertEquals("/api/probe", installed.path("collectionpath").asText());
        for (String hook : PROBE_HOOKS) {
            assertTrue(installed + " lists hook " + hook, contains(installed.path("hooks"), hook));
        }
        assertEquals("install hook ran once, in the core's transaction", 1, count("select count(*) from probelifecycle where lifecycleevent = 'install' and toversion = '1.0.0'"));
        assertEquals(1, count("select count(*) from plugins where pluginname = 'probe' and pluginversion = '1.0.0' and pluginstate = 'installed'"));

        long assetId = container().await(ProbeWriter.class, null).createAssetWithProbe("PLUGIN-1", "needle-in-probe");
        assertProbeContributes(assetId);

        // Upgraded live to 1.1.0 while requests keep coming, several at a time on the plugin's own route.
        List<SteadyLoad.Tally> during;
        String timeline;
        try (SteadyLoad load = new SteadyLoad(patientAdmin, UPGRADE_CLIENTS, "/api/assets", "/api/search?q=PLUGIN", "/api/navigation",
                "/api/probe", "/api/probe/" + assetId)) {
            Thread.sleep(1000);
            // What bundle:update does (the console's bundle commands need an admin subject, this session has none)
            long updateStarted = load.elapsedMillis();
            try (InputStream v2 = new URL(System.getProperty(ShopdbDistribution.PROBE_V2_BUNDLE)).openStream()) {
                probe.update(v2);
            }
            long updated = load.elapsedMillis();
            awaitPlugin("probe", plugin -> "1.1.0".equals(plugin.path("version").asText()) && "active".equals(plugin.path("state").asText()));
            timeline = "update " + updateStarted + "-" + updated + " ms, active by " + load.elapsedMillis() + " ms";
            admin.awaitStatus("/api/probe", 200, LIVE);
            Thread.sleep(1000);
            during = load.stop();
        }
        during.forEach(tally -> LOG.info("During the live upgrade: {}", tally));
        for (SteadyLoad.Tally tally : during) {
            assertEquals("no request to " + tally.path() + " fails during the plugin's live upgrade (" + timeline + "): " + tally, 0, tally.failed());
            assertTrue("requests were served on " + tally.path(), tally.ok() > 0);
        }
        assertEquals("the new changeset is applied", 1, count("select count(*) from DATABASECHANGELOG where ID = 'probe-3-probenote'"));
        assertEquals("and its column is there", 0, count("select count(probenote) from probes"));
        assertEquals("upgrade hook ran once", 1, count("select count(*) from probelifecycle where lifecycleevent = 'upgrade' and fromversion = '1.0.0' and toversion = '1.1.0'"));
        assertEquals("install hook not again", 1, count("select count(*) from probelifecycle where lifecycleevent = 'install'"));
        assertEquals(1, count("select count(*) from plugins where pluginname = 'probe' and pluginversion = '1.1.0' and upgradeddate is not null"));
        assertProbeContributes(assetId);

        // Uninstalled live: routes 404 at once (nothing is held for a plugin that is gone), contributions gone everywhere, rows kept.
        probe.uninstall();
        Http.Reply goneAtOnce = admin.get("/api/probe/" + assetId);
        assertEquals("right after the uninstall: " + goneAtOnce, 404, goneAtOnce.status());
        awaitPlugin("probe", plugin -> "uninstalled".equals(plugin.path("state").asText()));
        for (String route : List.of("/api/probe", "/api/probe/" + assetId, "/api/plugins/probe/schema")) {
            Http.Reply gone = admin.get(route);
            assertEquals(route + " after uninstall: " + gone, 404, gone.status());
            assertEquals(gone.body(), "not_found", gone.json().path("error").path("code").asText());
        }
        JsonNode uninstalled = admin.get("/api/plugins/probe").json().path("data");
        assertEquals(uninstalled.toString(), 0, uninstalled.path("hooks").size());
        assertTrue(uninstalled.toString(), uninstalled.path("reason").asText().contains("its data is kept"));
        assertFalse("navigation without the plugin", admin.get("/api/navigation").body().contains("\"plugin\":\"probe\""));
        assertFalse("dashboard without the plugin", admin.get("/api/dashboard").body().contains("\"plugin\":\"probe\""));
        assertEquals("search without the plugin's fields", 0, admin.get("/api/search?q=needle-in-probe").json().path("meta").path("total").asInt());
        assertEquals("rows kept", 1, count("select count(*) from probes where assetid = " + assetId));
        assertEquals(1, count("select count(*) from plugins where pluginname = 'probe' and pluginstate = 'uninstalled'"));
        assertEquals("uninstall hook called once, with the version last seen", 1,
                KarafLog.infoLinesContaining("probe uninstall hook called: 1.1.0 -> null"));

        // Reinstalled: the data is back, no install hook again.
        // Its route asked in a tight loop meanwhile: the core's 404 until it answers whole (ADR 0009).
        RouteWatch.whileArriving(admin, () -> context.installBundle(System.getProperty(ShopdbDistribution.PROBE_V2_BUNDLE)).start(), LIVE,
                Map.of("/api/probe/" + assetId, reply -> reply.status() == 200 && reply.body().contains("\"probevalue\":\"needle-in-probe\"")));
        awaitPlugin("probe", plugin -> "active".equals(plugin.path("state").asText()));
        assertEquals("install hook not run again", 1, count("select count(*) from probelifecycle where lifecycleevent = 'install'"));
        assertEquals("nor the upgrade hook", 1, count("select count(*) from probelifecycle where lifecycleevent = 'upgrade'"));
        assertEquals(1, count("select count(*) from plugins where pluginname = 'probe' and pluginstate = 'installed'"));
        assertProbeContributes(assetId);
    }

    @Test
    public void aPluginStoppedForAnUpdateThatNeverComesBackIsAnswered503WithRetryAfterThen404() throws Exception {
        Bundle probe = startProbe();
        admin.awaitStatus("/api/probe", 200, LIVE);
        // Stopped only for the moment (as an update does), and then never started again.
        probe.stop(Bundle.STOP_TRANSIENT);
        try {
            Http.Reply held = patientAdmin.get("/api/probe");
            assertEquals("held, then told to come back: " + held, 503, held.status());
            assertEquals("plugin_unavailable", held.json().path("error").path("code").asText());
            assertTrue(held.header("Retry-After").isPresent());
            Http.Reply after = admin.get("/api/probe");
            assertEquals("once the switch has given up, like any plugin that is not there: " + after, 404, after.status());
            assertEquals(200, admin.get("/api/assets").status());
        } finally {
            probe.start();
        }
        admin.awaitStatus("/api/probe", 200, LIVE);
    }

    /**
     * The operator's own commands, with no option: Karaf refreshes nothing but the plugin (the
     * assembly turns automatic refreshes off, ADR 0008), so the core and the JPA stack keep
     * running and no core request fails.
     */
    @Test
    public void plainFeatureInstallAndUninstallRefreshNothingButThePlugin() throws Exception {
        admin.awaitStatus("/api/assettypes", 200, BOOT);
        Object coreService = context.getServiceReference(org.shopdb.api.asset.AssetService.class).getProperty("service.id");
        long refreshesBefore = KarafLog.infoLinesContaining("Refreshing bundles");
        List<SteadyLoad.Tally> during;
        try (SteadyLoad load = new SteadyLoad(admin, 2, "/api/assets", "/api/navigation", "/api/health")) {
            Thread.sleep(500);
            RouteWatch.whileArriving(admin, () -> shell("feature:install shopdb-cameras"), LIVE, Map.of("/api/cameras", RouteWatch.collectionList()));
            shell("feature:uninstall shopdb-cameras");
            admin.awaitStatus("/api/cameras", 404, LIVE);
            Thread.sleep(500);
            during = load.stop();
        }
        during.forEach(tally -> LOG.info("During plain feature:install and feature:uninstall: {}", tally));
        for (SteadyLoad.Tally tally : during) {
            assertEquals("core route " + tally.path() + " never fails: " + tally, 0, tally.failed());
        }
        assertEquals("the core's services were not restarted", coreService,
                context.getServiceReference(org.shopdb.api.asset.AssetService.class).getProperty("service.id"));
        assertEquals("Karaf refreshed no bundle", refreshesBefore, KarafLog.infoLinesContaining("Refreshing bundles"));
    }

    @Test
    public void aPluginBuiltForAnotherCoreIsListedWithTheReasonInPlainWords() throws Exception {
        admin.awaitStatus("/api/assettypes", 200, BOOT);
        Bundle incompatible = context.installBundle(System.getProperty(ShopdbDistribution.INCOMPATIBLE_BUNDLE));
        try {
            try {
                incompatible.start();
            } catch (org.osgi.framework.BundleException unresolvable) {
                // expected: the framework refuses it; the registry says why
            }
            assertEquals("it does not resolve", Bundle.INSTALLED, incompatible.getState());
            String reason = "requires core API [2.0.0,3.0.0), this core provides 1.1.0";
            JsonNode listed = awaitPlugin("incompatible", plugin -> "incompatible".equals(plugin.path("state").asText()));
            assertEquals(listed.toString(), reason, listed.path("reason").asText());
            assertEquals("[2.0.0,3.0.0)", listed.path("corerange").asText());
            assertTrue(shell("shopdb:plugin-list").lines()
                    .anyMatch(line -> line.contains("incompatible") && line.contains(reason)));
            assertTrue(shell("shopdb:plugin-info incompatible").contains(reason));
            assertFalse("contributes nothing", admin.get("/api/navigation").body().contains("Never shown"));
            assertEquals(404, admin.get("/api/incompatible").status());
        } finally {
            incompatible.uninstall();
        }
        assertEquals("gone from the list: this database never recorded it", 404, admin.get("/api/plugins/incompatible").status());
    }

    /** Search, navigation, dashboard and the field schema show the active probe plugin's contributions. */
    private void assertProbeContributes(long assetId) throws Exception {
        JsonNode exact = admin.get("/api/search?q=needle-in-probe").json().path("data");
        assertEquals(exact.toString(), 1, exact.size());
        assertEquals(assetId, exact.get(0).path("assetid").asLong());
        assertEquals("probevalue", exact.get(0).path("matchedfield").asText());
        assertEquals("exact", 1, exact.get(0).path("rank").asInt());
        assertEquals("prefix", 2, firstHitRank("needle-in"));
        assertEquals("contains", 3, firstHitRank("in-prob"));

        JsonNode navigation = admin.get("/api/navigation").json().path("data");
        JsonNode probes = find(navigation, "id", "probes");
        assertNotNull(navigation.toString(), probes);
        assertEquals("probe", probes.path("plugin").asText());
        assertEquals("ordered among the core's entries", "probes", navigation.get(1).path("id").asText());

        JsonNode dashboard = admin.get("/api/dashboard").json().path("data");
        JsonNode count = find(dashboard, "id", "probe-count");
        assertNotNull(dashboard.toString(), count);
        assertEquals("metric", count.path("kind").asText());
        assertTrue(count.toString(), count.path("data").path("value").asLong() >= 1);
        JsonNode failing = find(dashboard, "id", "probe-failing");
        assertEquals("a failing widget is reported, not a failed dashboard", "widget_failed", failing.path("error").path("code").asText());

        JsonNode schema = admin.get("/api/plugins/probe/schema").json().path("data");
        assertEquals(schema.toString(), "Probe", schema.path("title").asText());
        assertTrue(schema.path("properties").path("probevalue").path("x-searchable").asBoolean());
    }

    private int firstHitRank(String query) throws Exception {
        JsonNode hits = admin.get("/api/search?q=" + query).json().path("data");
        assertTrue(query + ": " + hits, hits.size() > 0);
        return hits.get(0).path("rank").asInt();
    }

    /** Installs and starts probe 1.0.0 unless a probe bundle is there already. */
    private Bundle startProbe() throws Exception {
        admin.awaitStatus("/api/assettypes", 200, BOOT);
        Bundle probe = container().bundle(PROBE);
        if (probe == null) {
            probe = context.installBundle(System.getProperty(ShopdbDistribution.PROBE_BUNDLE));
        }
        probe.start();
        return probe;
    }

    /** Polls {@code /api/plugins/{name}} until the plugin satisfies {@code condition}. */
    private JsonNode awaitPlugin(String name, Predicate<JsonNode> condition) throws Exception {
        long deadline = System.nanoTime() + LIVE.toNanos();
        JsonNode last = null;
        while (System.nanoTime() < deadline) {
            Http.Reply reply = admin.get("/api/plugins/" + name);
            if (reply.status() == 200) {
                last = reply.json().path("data");
                if (condition.test(last)) {
                    return last;
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("Plugin " + name + " did not reach the expected state within " + LIVE + "; last: " + last);
    }

    private static JsonNode find(JsonNode array, String field, String value) {
        for (JsonNode element : array) {
            if (value.equals(element.path(field).asText())) {
                return element;
            }
        }
        return null;
    }

    private static boolean contains(JsonNode array, String value) {
        for (JsonNode element : array) {
            if (value.equals(element.asText())) {
                return true;
            }
        }
        return false;
    }

    private String shell(String command) throws Exception {
        return new KarafShell(context).execute(command);
    }

    private long count(String sql) throws Exception {
        return container().count(sql);
    }

    private InContainer container() {
        return new InContainer(context);
    }
}
