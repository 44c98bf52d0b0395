package org.shopdb.deploychecks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** docker/docker-compose.yml: MySQL 8 and ShopDB, healthy in order, secrets required, one port out. */
class ComposeFileTest {

    private static final String MYSQL = "mysql";
    private static final String SHOPDB = "shopdb";
    private static final Pattern SECRET = Pattern.compile(".*(PASSWORD|SECRET|TOKEN|KEY).*");

    private final ComposeFile compose = ComposeFile.read();

    @Test
    void parsesIntoExactlyTheMysqlAndShopdbServices() {
        assertEquals(Set.of(MYSQL, SHOPDB), compose.serviceNames(), "services of " + Repo.COMPOSE_FILE);
        assertTrue(String.valueOf(compose.service(MYSQL).get("image")).matches("mysql:8(\\.\\d+)*"),
                "mysql should run a MySQL 8 image, is " + compose.service(MYSQL).get("image"));
    }

    @Test
    void startsShopdbOnlyOnceMysqlIsHealthy() {
        Map<String, Object> dependsOn = ComposeFile.asMap(compose.service(SHOPDB).get("depends_on"),
                "shopdb.depends_on (long syntax)");
        Map<String, Object> onMysql = ComposeFile.asMap(dependsOn.get(MYSQL), "shopdb.depends_on.mysql");
        assertEquals("service_healthy", onMysql.get("condition"),
                "shopdb must depend on mysql with condition: service_healthy");
    }

    @Test
    void checksMysqlHealthWithMysqladminPing() {
        Map<String, Object> healthcheck = ComposeFile.asMap(compose.service(MYSQL).get("healthcheck"), "mysql.healthcheck");
        String test = String.valueOf(healthcheck.get("test"));
        assertTrue(test.contains("mysqladmin") && test.contains("ping"), "mysql healthcheck should run mysqladmin ping, runs " + test);
        assertFalse(Boolean.TRUE.equals(healthcheck.get("disable")), "mysql healthcheck is disabled");
    }

    @Test
    void checksShopdbHealthWithTheImagesHealthcheck() {
        Map<String, Object> build = ComposeFile.asMap(compose.service(SHOPDB).get("build"), "shopdb.build");
        assertEquals("..", build.get("context"), "shopdb is built with the repository root as context");
        assertEquals(Repo.DOCKERFILE, build.get("dockerfile"), "shopdb is built from " + Repo.DOCKERFILE);
        assertTrue(Dockerfile.read().finalStage().last("HEALTHCHECK").isPresent(), Repo.DOCKERFILE + " has no HEALTHCHECK");
        Map<String, Object> override = ComposeFile.asMap(compose.service(SHOPDB).get("healthcheck"), "shopdb.healthcheck");
        assertFalse(Boolean.TRUE.equals(override.get("disable")), "shopdb's healthcheck is disabled in the compose file");
    }

    @Test
    void publishesOnlyShopdbsHttpPort() {
        assertTrue(compose.stringList(MYSQL, "ports").isEmpty(), "mysql must not publish a port");
        List<String> ports = compose.stringList(SHOPDB, "ports");
        assertEquals(1, ports.size(), "shopdb should publish exactly one port, publishes " + ports);
        assertTrue(ports.get(0).endsWith(":" + DockerfileTest.HTTP_PORT),
                "shopdb should publish its HTTP port " + DockerfileTest.HTTP_PORT + ", publishes " + ports.get(0));
        for (String service : compose.serviceNames()) {
            assertFalse("host".equals(compose.service(service).get("network_mode")), service + " must not use the host network");
        }
    }

    @Test
    void requiresEverySecretFromTheEnvironmentWithAMessage() {
        for (String service : compose.serviceNames()) {
            compose.environment(service).forEach((name, value) -> {
                if (SECRET.matcher(name).matches()) {
                    assertNotNull(value, service + "." + name + " has no value");
                    List<VariableReference> references = VariableReference.in(value);
                    assertTrue(VariableReference.isSingleReference(value) && references.get(0).isRequiredWithMessage(),
                            service + "." + name + " is a secret: it must be ${VAR:?message}, is " + value);
                }
            });
        }
    }

    @Test
    void keepsPersistentDataInNamedVolumes() {
        Set<String> named = compose.namedVolumes();
        assertMountsNamedVolume(MYSQL, "/var/lib/mysql", named);
        assertMountsNamedVolume(SHOPDB, DockerfileTest.DATA_VOLUME, named);
    }

    @Test
    void runsMysqlWithUtf8mb4() {
        String command = String.valueOf(compose.service(MYSQL).get("command"));
        assertTrue(command.contains("--character-set-server=utf8mb4"), "mysql should run with --character-set-server=utf8mb4: " + command);
        assertTrue(command.contains("--collation-server=utf8mb4_"), "mysql should run with a utf8mb4 --collation-server: " + command);
    }

    @Test
    void connectsShopdbToTheMysqlServiceWithTheAccountMysqlCreates() {
        Map<String, String> mysql = compose.environment(MYSQL);
        Map<String, String> shopdb = compose.environment(SHOPDB);
        String url = String.valueOf(shopdb.get("SHOPDB_DB_URL"));
        assertTrue(url.contains("jdbc:mysql://" + MYSQL + ":3306/" + mysql.get("MYSQL_DATABASE")),
                "SHOPDB_DB_URL should point at the mysql service's database " + mysql.get("MYSQL_DATABASE") + ", is " + url);
        assertEquals(mysql.get("MYSQL_USER"), shopdb.get("SHOPDB_DB_USER"), "ShopDB's user and the account mysql creates differ");
        assertEquals(mysql.get("MYSQL_PASSWORD"), shopdb.get("SHOPDB_DB_PASSWORD"), "ShopDB's password and the account's differ");
    }

    private void assertMountsNamedVolume(String service, String target, Set<String> named) {
        List<String> volumes = compose.stringList(service, "volumes");
        for (String volume : volumes) {
            String source = volume.split(":", 2)[0];
            assertTrue(named.contains(source), service + " mounts " + volume
                    + ": use a named volume declared under top-level 'volumes' (declared: " + named + ")");
        }
        assertTrue(volumes.stream().anyMatch(v -> v.split(":")[1].equals(target)),
                service + " should mount a named volume at " + target + ", mounts " + volumes);
    }
}
