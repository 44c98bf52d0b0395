package org.shopdb.core.internal.auth;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.annotation.Annotation;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class AuthSettingsTest {

    static AuthConfig defaults() {
        return config("");
    }

    static AuthConfig config(String secret) {
        return config(secret, "");
    }

    static AuthConfig config(String secret, String corsOrigins) {
        return new AuthConfig() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return AuthConfig.class;
            }

            @Override
            public String jwtSecret() {
                return secret;
            }

            @Override
            public long tokenLifetimeMinutes() {
                return 60;
            }

            @Override
            public long clockSkewSeconds() {
                return 60;
            }

            @Override
            public boolean cookieSecure() {
                return false;
            }

            @Override
            public int loginMaxFailures() {
                return 5;
            }

            @Override
            public long loginWindowSeconds() {
                return 300;
            }

            @Override
            public String cors_origins() {
                return corsOrigins;
            }
        };
    }

    @Test
    void noSecretAnywhereGeneratesARandomOneOfFullLength() {
        AuthSettings settings = AuthSettings.resolve(defaults(), Map.<String, String>of()::get, new SecureRandom());
        assertTrue(settings.secretGenerated());
        assertEquals(AuthSettings.MIN_SECRET_BYTES, settings.secret().length);
        assertEquals(Duration.ofMinutes(60), settings.tokenLifetime());
        assertEquals(Duration.ofSeconds(60), settings.clockSkew());
        assertFalse(settings.cookieSecure());
        assertEquals(5, settings.loginMaxFailures());
        assertEquals(Duration.ofMinutes(5), settings.loginWindow());
        assertFalse(settings.corsOrigins().enabled(), "no CORS unless configured");
    }

    @Test
    void corsOriginsComeFromTheEnvironmentElseTheFile() {
        AuthConfig file = config("", "https://from-the-file.example");
        assertEquals(Set.of("https://from-the-file.example"),
                AuthSettings.corsOrigins(file, Map.<String, String>of()::get).allowed());
        assertEquals(Set.of("https://a.example", "http://localhost:5173"), AuthSettings.corsOrigins(file,
                Map.of(AuthSettings.ENV_CORS_ORIGINS, "https://a.example, http://localhost:5173")::get).allowed());
        assertEquals(Set.of("https://from-the-file.example"),
                AuthSettings.corsOrigins(file, Map.of(AuthSettings.ENV_CORS_ORIGINS, " ")::get).allowed(), "blank counts as unset");
        assertTrue(AuthSettings.resolve(file, Map.<String, String>of()::get, new SecureRandom()).corsOrigins().enabled());
    }

    @Test
    void environmentWinsOverTheConfigurationFile() {
        String secret = "from-the-environment-0123456789abcdef";
        Map<String, String> env = Map.of(AuthSettings.ENV_JWT_SECRET, secret, AuthSettings.ENV_TOKEN_LIFETIME, "15",
                AuthSettings.ENV_CLOCK_SKEW, "0", AuthSettings.ENV_COOKIE_SECURE, "true",
                AuthSettings.ENV_LOGIN_MAX_FAILURES, "3", AuthSettings.ENV_LOGIN_WINDOW, "60");
        AuthSettings settings = AuthSettings.resolve(config("from-the-file-0123456789abcdef0123456"), env::get, new SecureRandom());
        assertFalse(settings.secretGenerated());
        assertArrayEquals(secret.getBytes(StandardCharsets.UTF_8), settings.secret());
        assertEquals(Duration.ofMinutes(15), settings.tokenLifetime());
        assertEquals(Duration.ZERO, settings.clockSkew());
        assertTrue(settings.cookieSecure());
        assertEquals(3, settings.loginMaxFailures());
        assertEquals(Duration.ofSeconds(60), settings.loginWindow());
    }

    @Test
    void tooShortSecretIsReplacedByARandomOne() {
        AuthSettings settings = AuthSettings.resolve(defaults(), Map.of(AuthSettings.ENV_JWT_SECRET, "short")::get, new SecureRandom());

        assertTrue(settings.secretGenerated());
        assertEquals(AuthSettings.MIN_SECRET_BYTES, settings.secret().length);
        assertTrue(AuthSettings.isTooShort("short"));
    }

    @Test
    void badValuesNameTheVariable() {
        for (Map.Entry<String, String> bad : Map.of(AuthSettings.ENV_TOKEN_LIFETIME, "0", AuthSettings.ENV_CLOCK_SKEW, "-1",
                AuthSettings.ENV_COOKIE_SECURE, "maybe", AuthSettings.ENV_LOGIN_MAX_FAILURES, "five").entrySet()) {
            Map<String, String> env = Map.of(bad.getKey(), bad.getValue());
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> AuthSettings.resolve(defaults(), env::get, new SecureRandom()));
            assertTrue(e.getMessage().contains(bad.getKey()), e.getMessage());
        }
    }

    @Test
    void toStringNeverShowsTheSecret() {
        String secret = "never-print-me-0123456789abcdef0123456789";
        String text = AuthSettings.resolve(config(secret), Map.<String, String>of()::get, new SecureRandom()).toString();
        assertFalse(text.contains(secret), text);
    }
}
