package org.shopdb.core.internal.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class TokenCookieTest {

    @Test
    void cookieIsHttpOnlyStrictAndScopedToTheApi() {
        assertEquals("shopdb_token=abc; Path=/api; Max-Age=3600; HttpOnly; SameSite=Strict",
                new TokenCookie(false, Duration.ofHours(1)).carrying("abc"));
    }

    @Test
    void secureWhenConfigured() {
        assertEquals("shopdb_token=abc; Path=/api; Max-Age=60; HttpOnly; SameSite=Strict; Secure",
                new TokenCookie(true, Duration.ofMinutes(1)).carrying("abc"));
    }

    @Test
    void clearingExpiresItAtOnce() {
        assertEquals("shopdb_token=; Path=/api; Max-Age=0; HttpOnly; SameSite=Strict", new TokenCookie(false, Duration.ofHours(1)).cleared());
    }
}
