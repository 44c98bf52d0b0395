package org.shopdb.core.internal.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class ApiKeyAuthenticationTest {

    @Test
    void keysAreForPostingToACollectorOnly() {
        assertEquals(Optional.of("cameras"), ApiKeyAuthentication.collectorOf("POST", false, "/api/collector/cameras"));
        assertEquals(Optional.of("cameras"), ApiKeyAuthentication.collectorOf("post", false, "/api/collector/cameras/"));
        for (String path : List.of("/api/collector", "/api/collector/cameras/extra", "/api/assets", "/api/apikeys", "/api/collectors/cameras",
                "/api/collector/cameras/../../assets", "/api/collector/x%2F..%2F..%2Fassets", "/collector/cameras")) {
            assertFalse(ApiKeyAuthentication.collectorOf("POST", false, path).isPresent(), path);
        }
        for (String method : List.of("GET", "HEAD", "PUT", "DELETE", "PATCH", "OPTIONS")) {
            assertFalse(ApiKeyAuthentication.collectorOf(method, false, "/api/collector/cameras").isPresent(), method);
        }
        assertFalse(ApiKeyAuthentication.collectorOf("POST", true, "/api/collector/cameras").isPresent(), "method override");
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
