package org.shopdb.core.internal.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class ApiKeyAuthenticationTest {

    @Test
    void keysAreForPostingToACollectorOnly() {
        assertEquals(Optional.of("cameras"), ApiKeyAuthentication.scopeOf("POST", false, "/api/collector/cameras"));
        assertEquals(Optional.of("cameras"), ApiKeyAuthentication.scopeOf("post", false, "/api/collector/cameras/"));
        for (String path : List.of("/api/collector", "/api/collector/cameras/extra", "/api/assets", "/api/apikeys", "/api/collectors/cameras",
                "/api/collector/cameras/../../assets", "/api/collector/x%2F..%2F..%2Fassets", "/collector/cameras")) {
            assertFalse(ApiKeyAuthentication.scopeOf("POST", false, path).isPresent(), path);
        }
        for (String method : List.of("GET", "HEAD", "PUT", "DELETE", "PATCH", "OPTIONS")) {
            assertFalse(ApiKeyAuthentication.scopeOf(method, false, "/api/collector/cameras").isPresent(), method);
        }
        assertFalse(ApiKeyAuthentication.scopeOf("POST", true, "/api/collector/cameras").isPresent(), "method override");
    }

    @Test
    void agentRoutesNeedTheAgentsScope() {
        assertEquals(Optional.of("agents"), ApiKeyAuthentication.scopeOf("POST", false, "/api/agents/ocs"));
        assertEquals(Optional.of("agents"), ApiKeyAuthentication.scopeOf("POST", false, "/api/agents/inventory"));
        assertTrue(ApiKeyAuthentication.isAgentRoute("POST", false, "/api/agents/ocs"));
        assertFalse(ApiKeyAuthentication.isAgentRoute("POST", false, "/api/collector/agents"), "a collector named agents is no agent route");
        for (String path : List.of("/api/agents", "/api/agents/ocs/extra", "/api/agents/x%2F..%2F..%2Fassets", "/api/agents/../assets/1")) {
            assertFalse(ApiKeyAuthentication.scopeOf("POST", false, path).isPresent(), path);
            assertFalse(ApiKeyAuthentication.isAgentRoute("POST", false, path), path);
        }
        for (String method : List.of("GET", "PUT", "DELETE")) {
            assertFalse(ApiKeyAuthentication.isAgentRoute(method, false, "/api/agents/ocs"), method);
        }
        assertFalse(ApiKeyAuthentication.isAgentRoute("POST", true, "/api/agents/ocs"), "method override");
    }

    @Test
    void basicCarriesTheKeyAsItsPassword() {
        assertEquals(Optional.of("shopdb_secret:with-colon"), ApiKeyAuthentication.basicPassword("Basic " + basic("agent:shopdb_secret:with-colon")));
        assertEquals(Optional.of("k"), ApiKeyAuthentication.basicPassword("basic " + basic(":k")));
        for (String header : List.of("Bearer abc", "Basic !!!", "Basic " + basic("no-colon"), "Basic " + basic("user:"), "Basic " + basic("user:  "))) {
            assertFalse(ApiKeyAuthentication.basicPassword(header).isPresent(), header);
        }
        assertFalse(ApiKeyAuthentication.basicPassword(null).isPresent());
    }

    private static String basic(String userAndPassword) {
        return Base64.getEncoder().encodeToString(userAndPassword.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aKeyHoldsNoRole() {
        ApiKeySecurityContext context = new ApiKeySecurityContext("script", false);
        assertEquals("script", context.getUserPrincipal().getName());
        assertTrue(context.getUserPrincipal() instanceof ApiKeyPrincipal);
        for (Role role : Role.values()) {
            assertFalse(context.isUserInRole(role.code()));
        }
    }
}
