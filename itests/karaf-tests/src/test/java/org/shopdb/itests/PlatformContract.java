package org.shopdb.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.util.concurrent.TimeUnit;


import org.junit.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.InvalidSyntaxException;
import org.shopdb.api.schema.SchemaReady;
import org.shopdb.itests.probe.ProbeWriter;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What the platform promises, proven on the running distribution: health, the migration
 * extender (core and a plugin installed live), transactions spanning the core and a
 * plugin bundle, and (inherited, to boot no extra container) authentication. Each
 * subclass boots it on one database.
 */
public abstract class PlatformContract extends AuthContract {

    private static final String PROBE = "org.shopdb.itests.probe";
    private static final Duration BOOT = Duration.ofSeconds(90);

    private final Http http = new Http();

    /** {@code h2} or {@code mysql}: the driver health must report for this suite's database. */
    protected abstract String expectedDriver();

    @Test
    public void healthIsUpOnceTheCoreSchemaIsApplied() throws Exception {
        JsonNode health = http.awaitStatus("/api/health", 200, BOOT).json();
        assertEquals("UP", health.path("status").asText());
        assertEquals("UP", health.path("database").path("status").asText());
        assertEquals("runs on the database this suite is for", expectedDriver(), health.path("database").path("driver").asText());
        JsonNode core = migrationOf(health, "org.shopdb.core");
        assertNotNull("health lists the core's migration: " + health, core);
        assertEquals("APPLIED", core.path("state").asText());
    }

    /**
     * Pax Exam starts the container's JVM itself; with bin/karaf's module options (KarafJvmOptions)
     * Karaf's spec locator is there, as in production, and its activator resolves every bundle quietly.
     */
    @Test
    public void containerRunsWithKarafsSpecLocatorAsInProduction() throws Exception {
        http.awaitStatus("/api/health", 200, BOOT);
        assertEquals(KarafLog.excerpt("OsgiLocator", 3), 0, KarafLog.errorLinesContaining("OsgiLocator"));
    }

    /** What a test that gave up waiting reports of the container (Http.awaitStatus) names what serves the API. */
    @Test
    public void containerStateNamesTheWhiteboardTheCoreApplicationAndItsServlet() throws Exception {
        http.awaitStatus("/api/health", 200, BOOT);
        String marker = "container state marker " + System.nanoTime();
        LoggerFactory.getLogger(PlatformContract.class).warn(marker);
        String state = ContainerState.here();
        assertTrue(state, state.contains("JaxrsServiceRuntime"));
        assertTrue(state, state.contains("osgi.jaxrs.application.base=api,") && state.contains("osgi.jaxrs.name=shopdb,"));
        assertTrue("what Pax Web did with the whiteboard's servlets: " + state,
                state.lines().anyMatch(line -> line.contains("JettyServerWrapper") && line.contains("cxf-servlet")));
        assertTrue(state, state.contains("shopdb:plugin-list:\nName"));
        assertTrue("the log's latest warnings: " + state, state.contains(marker));
        assertFalse(state, state.contains("(unreadable"));
    }

    @Test
    public void unknownRouteAnswersTheErrorEnvelope() throws Exception {
        http.awaitStatus("/api/health", 200, BOOT);
        // Resources that need the schema join the application after health turns UP; while
        // the whiteboard rebuilds the application, unknown paths get the servlet's own 404.
        http.awaitStatus("/api/assettypes", 200, BOOT);
        Http.Reply reply = http.get("/api/no-such-resource");
        assertEquals(404, reply.status());
        assertEquals(reply.body(), "not_found", reply.json().path("error").path("code").asText());
    }

    @Test
    public void coreChangelogIsRecordedInTheDatabase() throws Exception {
        http.awaitStatus("/api/health", 200, BOOT);
        assertTrue("core changesets recorded", count("select count(*) from DATABASECHANGELOG where FILENAME = 'shopdb-core'") >= 4);
        assertEquals("statuses seeded once", 4, count("select count(*) from assetstatuses"));
    }

    @Test
    public void migrateStatusCommandShowsTheCoreSchema() throws Exception {
        http.awaitStatus("/api/health", 200, BOOT);
        String output = new KarafShell(context).execute("shopdb:migrate-status");
        assertTrue(output, output.lines().anyMatch(line -> line.contains("org.shopdb.core") && line.contains("APPLIED")));
    }

    @Test
    public void pluginInstalledLiveGetsItsSchemaBeforeItsComponentsRun() throws Exception {
        http.awaitStatus("/api/health", 200, BOOT);
        Bundle existing = probeBundle();
        if (existing != null) {
            existing.uninstall();
        }
        Bundle probe = context.installBundle(System.getProperty(ShopdbDistribution.PROBE_BUNDLE));
        probe.start();

        SchemaReady ready = await(SchemaReady.class, "(" + SchemaReady.OWNER + "=" + PROBE + ")");
        assertEquals("the probe changelog's changesets", 2, ready.appliedChangeSets());
        assertNotNull("components run once the schema is ready", await(ProbeWriter.class, null));
        assertEquals("probe table created by the plugin's changelog", 0, count("select count(*) from probes where assetid < 0"));
        JsonNode migration = migrationOf(http.get("/api/health").json(), PROBE);
        assertEquals("APPLIED", migration.path("state").asText());
    }

    @Test
    public void restartedPluginSkipsAlreadyAppliedChangesets() throws Exception {
        probeWriter();
        Bundle probe = probeBundle();
        probe.stop();
        assertFalse("schema-ready withdrawn with the bundle", isRegistered(SchemaReady.class, "(" + SchemaReady.OWNER + "=" + PROBE + ")"));
        probe.start();
        await(SchemaReady.class, "(" + SchemaReady.OWNER + "=" + PROBE + ")");
        JsonNode migration = migrationOf(http.get("/api/health").json(), PROBE);
        assertEquals(2, migration.path("changeSets").asInt());
        assertEquals("nothing re-applied", 0, migration.path("appliedNow").asInt());
    }

    @Test
    public void unitOfWorkCommitsAssetAuditAndPluginRowTogether() throws Exception {
        long assetId = probeWriter().createAssetWithProbe("TX-OK-1", "hello");
        assertEquals(1, count("select count(*) from assets where assetid = " + assetId));
        assertEquals(1, count("select count(*) from probes where assetid = " + assetId));
        assertEquals(1, count("select count(*) from auditlog where entitytype = 'Asset' and entityid = '" + assetId + "'"));
        assertTrue("search index rows", count("select count(*) from searchsuffixes where suffix like 'tx-ok-1%'") > 0);
        assertEquals("hello", probeWriter().probeValue(assetId).orElseThrow());
    }

    @Test
    public void failureAfterTheAssetWriteLeavesNothingBehind() throws Exception {
        ProbeWriter writer = probeWriter();
        long auditsBefore = count("select count(*) from auditlog");
        assertThrows(IllegalStateException.class, () -> writer.createAssetThenFail("TX-FAIL-1"));
        assertEquals("no asset row", 0, count("select count(*) from assets where assetnumber = 'TX-FAIL-1'"));
        assertEquals("no audit row", auditsBefore, count("select count(*) from auditlog"));
        assertEquals("no search index rows", 0, count("select count(*) from searchsuffixes where suffix like 'tx-fail-1%'"));
    }

    @Test
    public void databaseRejectingThePluginRowLeavesNoOrphanAssetOrAudit() throws Exception {
        ProbeWriter writer = probeWriter();
        long auditsBefore = count("select count(*) from auditlog");
        long probesBefore = count("select count(*) from probes");
        assertThrows(RuntimeException.class, () -> writer.createAssetWithProbe("TX-FAIL-2", null));
        assertEquals("no orphan asset", 0, count("select count(*) from assets where assetnumber = 'TX-FAIL-2'"));
        assertEquals("no orphan audit row", auditsBefore, count("select count(*) from auditlog"));
        assertEquals("no plugin row", probesBefore, count("select count(*) from probes"));
        assertEquals("no search index rows", 0, count("select count(*) from searchsuffixes where suffix like 'tx-fail-2%'"));
    }

    @Test
    public void failedChangesetKeepsThePluginDownAndShowsInHealth() throws Exception {
        http.awaitStatus("/api/health", 200, BOOT);
        Bundle broken = context.installBundle(System.getProperty(ShopdbDistribution.BROKEN_BUNDLE));
        try {
            broken.start();
            JsonNode migration = awaitMigrationState("org.shopdb.itests.broken", "FAILED");
            assertEquals("shopdb-itest-broken::broken-2-bad::shopdb", migration.path("failedChangeSet").asText());
            assertTrue(migration.path("message").asText(), migration.path("message").asText().toLowerCase().contains("nosuchtable"));

            Http.Reply health = http.get("/api/health");
            assertEquals("the core still serves", 200, health.status());
            assertEquals("DEGRADED", health.json().path("status").asText());
            assertFalse("the plugin's component stays down", isRegistered(Runnable.class, "(shopdb.itest=broken)"));
            assertTrue(new KarafShell(context).execute("shopdb:migrate-status").lines()
                    .anyMatch(line -> line.contains("org.shopdb.itests.broken") && line.contains("FAILED") && line.contains("broken-2-bad")));
            assertEquals("one ERROR line naming bundle and changeset", 1, KarafLog.errorLinesContaining(
                    "Schema migration of bundle org.shopdb.itests.broken", "shopdb-itest-broken::broken-2-bad::shopdb"));
        } finally {
            broken.uninstall();
        }
        assertEquals("UP again once the broken plugin is gone", "UP", http.get("/api/health").json().path("status").asText());
    }

    private JsonNode awaitMigrationState(String bundle, String state) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        JsonNode migration = null;
        while (System.nanoTime() < deadline) {
            migration = migrationOf(http.get("/api/health").json(), bundle);
            if (migration != null && state.equals(migration.path("state").asText())) {
                return migration;
            }
            Thread.sleep(250);
        }
        throw new AssertionError(bundle + " did not reach " + state + " within 60 s; last: " + migration);
    }

    private ProbeWriter probeWriter() throws Exception {
        http.awaitStatus("/api/health", 200, BOOT);
        if (probeBundle() == null) {
            context.installBundle(System.getProperty(ShopdbDistribution.PROBE_BUNDLE)).start();
        }
        return await(ProbeWriter.class, null);
    }

    private Bundle probeBundle() {
        return container().bundle(PROBE);
    }

    private long count(String sql) throws Exception {
        return container().count(sql);
    }

    private static JsonNode migrationOf(JsonNode health, String bundle) {
        for (JsonNode migration : health.path("migrations")) {
            if (bundle.equals(migration.path("bundle").asText())) {
                return migration;
            }
        }
        return null;
    }

    private <T> T await(Class<T> type, String filter) throws InterruptedException, InvalidSyntaxException {
        return container().await(type, filter);
    }

    private boolean isRegistered(Class<?> type, String filter) throws InvalidSyntaxException {
        return container().isRegistered(type.getName(), filter);
    }

    private InContainer container() {
        return new InContainer(context);
    }
}
