package org.shopdb.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/** {@code SHOPDB_MODE=production} configured as the runbook says, on MariaDB: ShopDB serves. */
public class ProductionModeMariaDbIT {

    private static final String ADMIN_PASSWORD = "a-production-admin-password";

    private static LaunchedDistribution shopdb;
    private static HttpResponse<String> health;

    @BeforeClass
    public static void startConfigured() throws Exception {
        MariaDbDatabase.recreate();
        shopdb = LaunchedDistribution.start(Map.of(
                "SHOPDB_MODE", "production",
                "SHOPDB_JWT_SECRET", "0123456789abcdef0123456789abcdef0123456789abcdef",
                "SHOPDB_ADMIN_PASSWORD", ADMIN_PASSWORD,
                "SHOPDB_COOKIE_SECURE", "true",
                "SHOPDB_CORS_ORIGINS", "https://shopdb.example.com",
                "SHOPDB_DB_URL", System.getenv("SHOPDB_DB_URL"),
                "SHOPDB_DB_USER", System.getenv("SHOPDB_DB_USER"),
                "SHOPDB_DB_PASSWORD", System.getenv().getOrDefault("SHOPDB_DB_PASSWORD", "")));
        health = shopdb.awaitReady();
    }

    @AfterClass
    public static void stop() {
        if (shopdb != null) {
            shopdb.close();
        }
    }

    @Test
    public void servesAndLogsNoRefusal() throws Exception {
        assertEquals(health.body(), 200, health.statusCode());
        assertTrue(shopdb.logLines().stream().noneMatch(line -> line.contains("Refusing to serve")));
    }

    @Test
    public void theConfiguredAdminLogsInWithASecureCookie() throws Exception {
        HttpResponse<String> login = shopdb.postJsonOnceServed("/api/auth/login",
                "{\"username\":\"admin\",\"password\":\"" + ADMIN_PASSWORD + "\"}");

        assertEquals(login.body(), 200, login.statusCode());
        List<String> cookies = login.headers().allValues("Set-Cookie");
        assertTrue(cookies.toString(), cookies.stream().anyMatch(cookie -> cookie.contains("Secure")));
        assertTrue(login.body(), login.body().contains("token"));
    }
}
