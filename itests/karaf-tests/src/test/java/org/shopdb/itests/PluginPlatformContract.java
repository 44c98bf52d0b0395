package org.shopdb.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.Duration;

import javax.inject.Inject;

import org.junit.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The plugin platform on the running distribution: each plugin's routes in an application of
 * its own, the registry, navigation, dashboard and search contributions, and a plugin's live
 * install, upgrade, uninstall and reinstall. Each subclass boots it on one database.
 */
public abstract class PluginPlatformContract {

    static final String PROBE = "org.shopdb.itests.probe";
    private static final Duration BOOT = Duration.ofSeconds(90);
    private static final Duration LIVE = Duration.ofSeconds(60);

    @Inject
    protected BundleContext context;

    private final Http admin = new Http();
    private final Http anonymous = Http.anonymous();

    @Test
    public void pluginRoutesLiveInTheirOwnApplicationWithTheCoresAuthAndErrors() throws Exception {
        startProbe();
        admin.awaitStatus("/api/probe", 200, LIVE);
        assertTrue("the plugin's application is registered under its own name and base", new InContainer(context).isRegistered(
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

        JsonNode list = admin.get("/api/probe").json();
        assertTrue(list.toString(), list.path("data").isArray());
    }

    /** Installs and starts probe 1.0.0 unless a probe bundle is there already; waits until the API serves. */
    private Bundle startProbe() throws Exception {
        admin.awaitStatus("/api/assettypes", 200, BOOT);
        Bundle probe = new InContainer(context).bundle(PROBE);
        if (probe == null) {
            probe = context.installBundle(System.getProperty(ShopdbDistribution.PROBE_BUNDLE));
        }
        probe.start();
        return probe;
    }
}
