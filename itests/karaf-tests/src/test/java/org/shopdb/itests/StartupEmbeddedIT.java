package org.shopdb.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * The moment {@code /api/health} first answers 200, the whole core API is served: no 404 or
 * 500 while the whiteboard is still assembling the application, and no such noise in the log.
 */
public class StartupEmbeddedIT {

    private static LaunchedDistribution shopdb;
    private static HttpResponse<String> firstHealth;
    private static final List<String> rightAfter = new ArrayList<>();

    @BeforeClass
    public static void startAndProbeAtOnce() throws Exception {
        shopdb = LaunchedDistribution.start(Map.of());
        firstHealth = shopdb.awaitReady();
        for (int i = 0; i < 10; i++) {
            HttpResponse<String> login = shopdb.postJson("/api/auth/login",
                    "{\"username\":\"admin\",\"password\":\"" + Http.DEVELOPMENT_ADMIN_PASSWORD + "\"}");
            rightAfter.add(login.statusCode() + " " + (login.statusCode() == 200 ? "" : login.body()));
        }
    }

    @AfterClass
    public static void stop() {
        if (shopdb != null) {
            shopdb.close();
        }
    }

    @Test
    public void loginIsServedFromTheFirstHealthyAnswerOn() {
        assertEquals(firstHealth.body(), 200, firstHealth.statusCode());
        assertTrue(rightAfter.toString(), rightAfter.stream().allMatch(reply -> reply.startsWith("200")));
    }

    @Test
    public void theApplicationIsBuiltOnceWithoutErrors() throws Exception {
        List<String> log = shopdb.logLines();
        assertTrue(log.stream().anyMatch(line -> line.contains("ShopDB API published with")));
        List<String> errors = log.stream().filter(line -> line.contains("| ERROR |")).toList();
        assertEquals(String.join("\n", errors), 0, errors.size());
    }
}
