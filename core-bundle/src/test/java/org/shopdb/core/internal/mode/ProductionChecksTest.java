package org.shopdb.core.internal.mode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ProductionChecksTest {

    private static final Map<String, String> GOOD = Map.of(
            "SHOPDB_JWT_SECRET", "0123456789abcdef0123456789abcdef-long-enough",
            "SHOPDB_ADMIN_PASSWORD", "a-real-admin-password",
            "SHOPDB_DB_URL", "jdbc:mysql://mysql:3306/shopdb",
            "SHOPDB_COOKIE_SECURE", "true",
            "SHOPDB_CORS_ORIGINS", "https://shopdb.example.com");

    @Test
    void aCompleteProductionConfigurationPasses() {
        assertEquals(List.of(), check(GOOD, Map.of()));
    }

    @Test
    void everyMissingSettingIsNamed() {
        List<ConfigurationProblem> problems = check(Map.of(), Map.of());

        assertEquals(List.of("SHOPDB_JWT_SECRET", "SHOPDB_ADMIN_PASSWORD", "SHOPDB_DB_URL", "SHOPDB_COOKIE_SECURE"),
                problems.stream().map(ConfigurationProblem::variable).toList());
    }

    @Test
    void weakValuesAreRefusedOneLineEach() {
        Map<String, String> env = new HashMap<>(GOOD);
        env.put("SHOPDB_JWT_SECRET", "too-short");
        env.put("SHOPDB_ADMIN_PASSWORD", "shopdb-admin");
        env.put("SHOPDB_DB_URL", "jdbc:h2:file:/tmp/x;MODE=LEGACY");
        env.put("SHOPDB_COOKIE_SECURE", "false");
        env.put("SHOPDB_CORS_ORIGINS", "https://ok.example.com, *");

        List<ConfigurationProblem> problems = check(env, Map.of());

        assertEquals(5, problems.size(), problems.toString());
        assertTrue(problems.get(0).problem().contains("too short"));
        assertTrue(problems.get(1).problem().contains("development default"));
        assertTrue(problems.get(2).problem().contains("embedded"));
        assertTrue(problems.get(4).problem().contains("'*'"));
        problems.forEach(problem -> assertFalse(problem.toString().contains("too-short"), "never echo the secret"));
    }

    @Test
    void configurationFilesCountWhenTheEnvironmentIsSilent() {
        Map<String, Object> files = Map.of("jwtSecret", "0123456789abcdef0123456789abcdef-from-file",
                "url", "jdbc:mysql://db/shopdb", "cookieSecure", "true");

        List<ConfigurationProblem> problems = check(Map.of("SHOPDB_ADMIN_PASSWORD", "a-real-admin-password"), files);

        assertEquals(List.of(), problems);
    }

    @Test
    void shortAdminPasswordIsRefused() {
        Map<String, String> env = new HashMap<>(GOOD);
        env.put("SHOPDB_ADMIN_PASSWORD", "short1");

        assertEquals(List.of("SHOPDB_ADMIN_PASSWORD"), check(env, Map.of()).stream().map(ConfigurationProblem::variable).toList());
    }

    private static List<ConfigurationProblem> check(Map<String, String> env, Map<String, ?> files) {
        return ProductionChecks.check(new ConfigurationSource(env::get, files));
    }
}
