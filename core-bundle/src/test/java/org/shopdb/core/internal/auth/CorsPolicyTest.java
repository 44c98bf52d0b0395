package org.shopdb.core.internal.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

class CorsPolicyTest {

    private static final String ALLOWED = "https://shopdb.example.com";
    private static final String OTHER = "https://evil.example.com";

    private final CorsPolicy policy = new CorsPolicy(CorsOrigins.parse(ALLOWED));
    private final CorsPolicy off = new CorsPolicy(CorsOrigins.NONE);

    @Test
    void preflightOfAnAllowedOriginIsAnsweredWithCredentialsButNeverAWildcard() {
        assertTrue(policy.answersPreflight("OPTIONS", ALLOWED, "DELETE"));
        Map<String, String> headers = policy.preflightHeaders(ALLOWED);
        assertEquals(ALLOWED, headers.get(CorsPolicy.ALLOW_ORIGIN));
        assertEquals("true", headers.get(CorsPolicy.ALLOW_CREDENTIALS));
        assertTrue(headers.get(CorsPolicy.ALLOW_METHODS).contains("DELETE"));
        assertTrue(headers.get(CorsPolicy.ALLOW_HEADERS).contains("Authorization"));
        assertEquals("Origin", headers.get(CorsPolicy.VARY));
        assertTrue(Long.parseLong(headers.get(CorsPolicy.MAX_AGE)) > 0);
    }

    @Test
    void preflightOfAnotherOriginOrWithoutCorsIsNotAnswered() {
        assertFalse(policy.answersPreflight("OPTIONS", OTHER, "GET"));
        assertFalse(off.answersPreflight("OPTIONS", ALLOWED, "GET"));
    }

    @Test
    void onlyARealPreflightCounts() {
        assertFalse(policy.answersPreflight("OPTIONS", ALLOWED, null), "no Access-Control-Request-Method: a plain OPTIONS");
        assertFalse(policy.answersPreflight("OPTIONS", null, "GET"), "no Origin");
        assertFalse(policy.answersPreflight("GET", ALLOWED, "GET"));
        assertTrue(policy.answersPreflight("options", ALLOWED, "GET"));
    }

    @Test
    void answersToAnAllowedOriginCarryCredentialHeaders() {
        Map<String, String> headers = policy.responseHeaders(ALLOWED);
        assertEquals(ALLOWED, headers.get(CorsPolicy.ALLOW_ORIGIN));
        assertEquals("true", headers.get(CorsPolicy.ALLOW_CREDENTIALS));
        assertTrue(headers.get(CorsPolicy.EXPOSE_HEADERS).contains("Location"));
        assertEquals("Origin", headers.get(CorsPolicy.VARY));
    }

    @Test
    void answersToOtherOriginsCarryNoCorsHeaderOnlyVary() {
        assertEquals(Map.of(CorsPolicy.VARY, "Origin"), policy.responseHeaders(OTHER));
        assertEquals(Map.of(CorsPolicy.VARY, "Origin"), policy.responseHeaders(null), "same-origin and non-browser clients");
    }

    @Test
    void withoutAnAllowlistNoHeaderAtAll() {
        assertEquals(Map.of(), off.responseHeaders(ALLOWED));
        assertEquals(Map.of(), off.responseHeaders(null));
    }
}
