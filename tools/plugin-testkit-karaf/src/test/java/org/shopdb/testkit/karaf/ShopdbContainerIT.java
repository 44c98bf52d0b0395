package org.shopdb.testkit.karaf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The kit as a plugin author uses it, against the real distribution resolved from the Maven
 * repository, with the cameras plugin (shipped in the distribution) as the plugin: once on
 * the embedded database, once on MariaDB (the build's second run sets
 * {@value MariaDbDatabase#URL_PROPERTY}).
 */
@ExtendWith(MariaDbWhenReachable.class)
class ShopdbContainerIT {

    private static final String CORS_ORIGIN = "https://ui.example.org";

    @RegisterExtension
    static final ShopdbContainer SHOPDB = ShopdbContainer.create().withEnvironment("SHOPDB_CORS_ORIGINS", CORS_ORIGIN);

    @Test
    void runsOnTheDatabaseTheSystemPropertiesChoose() {
        JsonNode database = SHOPDB.api().anonymous().get("/api/health").json().path("database");
        boolean mariaDb = !System.getProperty(MariaDbDatabase.URL_PROPERTY, "").isBlank();
        assertEquals(!mariaDb, database.path("embedded").asBoolean(), database.toString());
        if (mariaDb) {
            assertTrue(database.path("url").asText().contains("/" + MariaDbDatabase.NAME_PREFIX + "shopdbcontainerit_"),
                    "a database of its own: " + database);
        }
    }

    @Test
    void theApiIsSignedInAsTheAdminWithThePasswordOfThisRun() {
        assertEquals(401, SHOPDB.api().anonymous().get("/api/assets").status(), "no route is public by accident");
        ApiReply me = SHOPDB.api().get("/api/auth/me");
        assertEquals(ShopdbContainer.ADMIN, me.data().path("username").asText(), me.toString());
        String configured = System.getProperty(ShopdbContainer.ADMIN_PASSWORD_PROPERTY, "");
        if (configured.isBlank()) {
            assertFalse(SHOPDB.adminPassword().equals("shopdb-admin"), "a random one, not the development default");
        } else {
            assertEquals(configured, SHOPDB.adminPassword());
        }
        assertEquals(200, SHOPDB.api().login(ShopdbContainer.ADMIN, SHOPDB.adminPassword()).get("/api/auth/me").status());
    }

    @Test
    void environmentGivenToTheContainerIsTheOperatorsConfiguration() {
        ApiReply preflight = SHOPDB.api().anonymous().send("OPTIONS", "/api/assets", null,
                java.util.Map.of("Origin", CORS_ORIGIN, "Access-Control-Request-Method", "GET"));
        assertEquals(CORS_ORIGIN, preflight.header("Access-Control-Allow-Origin").orElse(""), preflight.toString());
    }

    @Test
    void aPluginJarInstalledLiveIsServedListedAndNavigableAndGoesAgainOnUninstall() {
        assertEquals("cameras", SHOPDB.installPlugin(camerasJar()));
        try {
            ApiReply list = SHOPDB.api().get("/api/cameras");
            assertEquals(200, list.status(), list.toString());
            assertTrue(list.data().isArray(), list.toString());
            assertEquals("active", entry(SHOPDB.api().get("/api/plugins").data(), "name", "cameras").path("state").asText());
            assertEquals("cameras", entry(SHOPDB.api().get("/api/navigation").data(), "path", "/api/cameras").path("plugin").asText());
            assertTrue(SHOPDB.shell("shopdb:plugin-info cameras").contains("active"));
        } finally {
            SHOPDB.uninstallPlugin("cameras");
        }
        assertEquals("uninstalled", SHOPDB.api().get("/api/plugins/cameras").data().path("state").asText());
    }

    @Test
    void aPluginFeatureInstalledLiveFromItsRepositoryIsActiveUntilUninstalled() {
        SHOPDB.installPluginFeature("mvn:org.shopdb/shopdb-features/" + DistributionArchive.kitVersion() + "/xml/features", "cameras");
        assertEquals(200, SHOPDB.api().get("/api/cameras").status());
        assertTrue(SHOPDB.shell("feature:list -i").contains("shopdb-cameras"));
        SHOPDB.uninstallPluginFeature("cameras");
        assertEquals(404, SHOPDB.api().awaitStatus("/api/cameras", 404, Duration.ofSeconds(5)).status());
    }

    @Test
    void aFailingConsoleCommandFailsTheTestWithWhatItPrinted() {
        AssertionError failure = assertThrows(AssertionError.class, () -> SHOPDB.shell("feature:install --no-auto-refresh shopdb-nosuchplugin"));
        assertTrue(failure.getMessage().contains("shopdb-nosuchplugin"), failure.getMessage());
    }

    @Test
    void theLogIsTheContainersOwn() {
        assertTrue(Files.isRegularFile(SHOPDB.log().file()));
        assertTrue(SHOPDB.log().file().startsWith(SHOPDB.home()));
        assertFalse(SHOPDB.log().linesContaining("shopdb-core").isEmpty(), "the core's bundle logs");
        assertEquals(SHOPDB.log().lines("ERROR"), SHOPDB.log().errors());
    }

    /** The cameras bundle as the distribution ships it (its system/ folder), installed from a file as a plugin's own build is. */
    private static Path camerasJar() {
        String version = DistributionArchive.kitVersion();
        return SHOPDB.home().resolve("system/org/shopdb/shopdb-cameras/" + version + "/shopdb-cameras-" + version + ".jar");
    }

    private static JsonNode entry(JsonNode array, String field, String value) {
        return StreamSupport.stream(array.spliterator(), false).filter(node -> value.equals(node.path(field).asText())).findFirst()
                .orElseThrow(() -> new AssertionError("no " + field + "=" + value + " in " + array));
    }
}
