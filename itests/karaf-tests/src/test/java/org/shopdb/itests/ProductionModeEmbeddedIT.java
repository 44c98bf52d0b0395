package org.shopdb.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * {@code SHOPDB_MODE=production} with everything an operator can get wrong: ShopDB must
 * not serve, must say so on health and API with 503, and log one line per variable.
 */
public class ProductionModeEmbeddedIT {

    private static final List<String> WRONG = List.of("SHOPDB_JWT_SECRET", "SHOPDB_ADMIN_PASSWORD", "SHOPDB_DB_URL",
            "SHOPDB_COOKIE_SECURE", "SHOPDB_CORS_ORIGINS");

    private static LaunchedDistribution shopdb;
    private static HttpResponse<String> health;

    @BeforeClass
    public static void startMisconfigured() throws Exception {
        shopdb = LaunchedDistribution.start(Map.of(
                "SHOPDB_MODE", "production",
                "SHOPDB_JWT_SECRET", "too-short",
                "SHOPDB_ADMIN_PASSWORD", "shopdb-admin",
                "SHOPDB_CORS_ORIGINS", "*"));
        health = shopdb.awaitHealth();
    }

    @AfterClass
    public static void stop() {
        if (shopdb != null) {
            shopdb.close();
        }
    }

    @Test
    public void healthIsDownNamingEveryVariable() {
        assertEquals(503, health.statusCode());
        assertTrue(health.body(), health.body().contains("\"status\":\"DOWN\""));
        WRONG.forEach(variable -> assertTrue(health.body(), health.body().contains(variable)));
    }

    @Test
    public void theApiAnswers503EvenToLogin() throws Exception {
        HttpResponse<String> assets = shopdb.get("/api/assets");
        HttpResponse<String> login = shopdb.postJson("/api/auth/login", "{\"username\":\"admin\",\"password\":\"shopdb-admin\"}");

        for (HttpResponse<String> reply : List.of(assets, login)) {
            assertEquals(reply.body(), 503, reply.statusCode());
            assertTrue(reply.body(), reply.body().contains("\"code\":\"service_unavailable\""));
        }
    }

    @Test
    public void theLogHasOneClearLinePerProblem() throws Exception {
        List<String> refusals = shopdb.logLines().stream().filter(line -> line.contains("Refusing to serve:")).toList();

        assertEquals(String.join("\n", refusals), WRONG.size(), refusals.size());
        WRONG.forEach(variable -> assertTrue(variable, refusals.stream().anyMatch(line -> line.contains(variable))));
        assertTrue("the secret itself is never logged", refusals.stream().noneMatch(line -> line.contains("too-short")));
    }
}
