package org.shopdb.core.internal.mode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class ServingGuardTest {

    @Test
    void developmentServesWhateverTheConfiguration() {
        ServingGuard guard = guard(Map.of());

        assertEquals(Optional.empty(), guard.refusal());
    }

    @Test
    void productionWithProblemsRefusesNamingTheVariables() {
        ServingGuard guard = guard(Map.of("SHOPDB_MODE", "production", "SHOPDB_COOKIE_SECURE", "true"));

        String refusal = guard.refusal().orElseThrow();
        assertTrue(refusal.contains("SHOPDB_JWT_SECRET, SHOPDB_ADMIN_PASSWORD, SHOPDB_DB_URL"), refusal);
        assertEquals(3, guard.problems().size());
    }

    @Test
    void anUnknownModeIsRefusedRatherThanGuessed() {
        ServingGuard guard = guard(Map.of("SHOPDB_MODE", "prod"));

        assertEquals(List.of("SHOPDB_MODE"), guard.problems().stream().map(ConfigurationProblem::variable).toList());
    }

    private static ServingGuard guard(Map<String, String> env) {
        ServingGuard guard = new ServingGuard(env::get);
        guard.evaluate(Map.of());
        return guard;
    }
}
