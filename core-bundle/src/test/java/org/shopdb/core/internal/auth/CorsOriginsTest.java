package org.shopdb.core.internal.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.junit.jupiter.api.Test;

class CorsOriginsTest {

    @Test
    void emptyMeansNoCors() {
        for (String none : new String[] {null, "", "  ", " , ,"}) {
            CorsOrigins origins = CorsOrigins.parse(none);
            assertFalse(origins.enabled(), String.valueOf(none));
            assertFalse(origins.allows("https://shopdb.example.com"));
        }
    }

    @Test
    void exactOriginsAreNormalisedAsBrowsersSendThem() {
        CorsOrigins origins = CorsOrigins.parse("HTTPS://ShopDB.Example.com:443, http://localhost:5173/, http://intranet:80");
        assertEquals(Set.of("https://shopdb.example.com", "http://localhost:5173", "http://intranet"), origins.allowed());
        assertTrue(origins.allows("https://shopdb.example.com"));
        assertTrue(origins.allows("http://localhost:5173"));
        assertTrue(origins.allows("http://intranet"));
    }

    @Test
    void onlyTheExactOriginIsAllowed() {
        CorsOrigins origins = CorsOrigins.parse("https://shopdb.example.com");
        for (String other : new String[] {"http://shopdb.example.com", "https://shopdb.example.com:8443", "https://evil.example.com",
                "https://shopdb.example.com.evil.example", "https://sub.shopdb.example.com", "null", "", "*"}) {
            assertFalse(origins.allows(other), other);
        }
        assertFalse(origins.allows(null));
    }

    @Test
    void wildcardIsIgnoredAndReported() {
        CorsOrigins origins = CorsOrigins.parse("*, https://a.example");
        assertTrue(origins.wildcardIgnored());
        assertEquals(Set.of("https://a.example"), origins.allowed());
        assertFalse(origins.allows("https://b.example"));
        CorsOrigins onlyWildcard = CorsOrigins.parse("*");
        assertTrue(onlyWildcard.wildcardIgnored());
        assertFalse(onlyWildcard.enabled(), "'*' alone means no CORS, never 'everyone'");
    }

    @Test
    void somethingThatIsNoOriginIsRefusedByName() {
        for (String bad : new String[] {"shopdb.example.com", "https://shopdb.example.com/app", "ftp://files.example",
                "https://user@shopdb.example.com", "https://shopdb.example.com?x=1", "https://*.example.com"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CorsOrigins.parse("https://ok.example," + bad));
            assertTrue(e.getMessage().contains(bad) && e.getMessage().contains(AuthSettings.ENV_CORS_ORIGINS), e.getMessage());
        }
    }
}
