package org.shopdb.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * MariaDB goes away under a running ShopDB and comes back: while it is gone health and API
 * answer 503, afterwards both serve again with no manual step. The outage is played by a
 * relay between ShopDB and the database that the test cuts and restores. Also proves
 * utf8mb4 end to end (4-byte characters survive the round trip).
 */
public class DatabaseOutageMariaDbIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration RECOVERY = Duration.ofSeconds(60);

    private static TcpProxy database;
    private static LaunchedDistribution shopdb;
    private static String token;

    @BeforeClass
    public static void start() throws Exception {
        MariaDbDatabase.recreate();
        database = new TcpProxy(ShopdbDistribution.required("shopdb.it.mariadb.host"),
                Integer.parseInt(ShopdbDistribution.required("shopdb.it.mariadb.port"))).restore();
        String url = "jdbc:mysql://127.0.0.1:" + database.port() + "/" + ShopdbDistribution.required("shopdb.it.mariadb.database")
                + "?characterEncoding=UTF-8";
        shopdb = LaunchedDistribution.start(Map.of(
                "SHOPDB_DB_URL", url,
                "SHOPDB_DB_USER", ShopdbDistribution.required("shopdb.it.mariadb.user"),
                "SHOPDB_DB_PASSWORD", System.getProperty("shopdb.it.mariadb.password", ""),
                "SHOPDB_DB_CONNECTION_TIMEOUT_MS", "2000"));
        assertEquals(200, shopdb.awaitReady().statusCode());
        MariaDbDatabase.execute("INSERT INTO assettypes (code, name, owner) VALUES ('outagetest', 'Outage test', 'itests')");
        HttpResponse<String> login = shopdb.postJsonOnceServed("/api/auth/login",
                "{\"username\":\"admin\",\"password\":\"" + Http.DEVELOPMENT_ADMIN_PASSWORD + "\"}");
        assertEquals(login.body(), 200, login.statusCode());
        token = JSON.readTree(login.body()).path("data").path("token").asText();
        assertTrue(login.body(), !token.isEmpty());
    }

    @AfterClass
    public static void stop() throws Exception {
        if (shopdb != null) {
            shopdb.close();
        }
        if (database != null) {
            database.close();
        }
    }

    @Test
    public void fourByteCharactersSurviveTheRoundTrip() throws Exception {
        String name = "Kamera Halle 3 \uD83D\uDCF7 Größe Ω";
        HttpResponse<String> created = shopdb.postJson("/api/assets",
                JSON.writeValueAsString(Map.of("assetnumber", "UTF8-1", "name", name, "assettype", "outagetest")), token);
        assertEquals(created.body(), 201, created.statusCode());
        long id = JSON.readTree(created.body()).path("data").path("assetid").asLong();

        JsonNode read = JSON.readTree(shopdb.get("/api/assets/" + id, token).body());

        assertEquals(name, read.path("data").path("name").asText());
    }

    @Test
    public void anOutageAnswers503AndHealsByItself() throws Exception {
        assertEquals(200, shopdb.get("/api/assets", token).statusCode());

        database.cut();
        HttpResponse<String> healthDuringOutage = awaitStatus("/api/health", null, 503);
        HttpResponse<String> listDuringOutage = shopdb.get("/api/assets", token);

        database.restore();
        HttpResponse<String> healthAfter = awaitStatus("/api/health", null, 200);
        HttpResponse<String> listAfter = awaitStatus("/api/assets", token, 200);

        assertTrue(healthDuringOutage.body(), healthDuringOutage.body().contains("\"status\":\"DOWN\""));
        assertEquals(listDuringOutage.body(), 503, listDuringOutage.statusCode());
        assertTrue(listDuringOutage.body(), listDuringOutage.body().contains("\"code\":\"database_unavailable\""));
        assertEquals("5", listDuringOutage.headers().firstValue("Retry-After").orElse(""));
        assertEquals(200, healthAfter.statusCode());
        assertEquals(200, listAfter.statusCode());
    }

    private static HttpResponse<String> awaitStatus(String path, String bearer, int status) throws Exception {
        Instant deadline = Instant.now().plus(RECOVERY);
        HttpResponse<String> reply = shopdb.get(path, bearer);
        while (reply.statusCode() != status && Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
            reply = shopdb.get(path, bearer);
        }
        assertEquals(path + ": " + reply.body(), status, reply.statusCode());
        return reply;
    }
}
