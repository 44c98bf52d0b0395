package org.shopdb.core.internal.auth;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Locale;
import java.util.function.Function;

/**
 * Effective authentication settings: {@link AuthConfig}, overridden by {@code SHOPDB_*}
 * environment variables.
 *
 * @param secret          HS256 key, at least {@value #MIN_SECRET_BYTES} bytes
 * @param secretGenerated whether no usable secret was configured (none, or one shorter than
 *                        {@value #MIN_SECRET_BYTES} bytes) and a random one was made for this start
 * @param corsOrigins     the browser origins allowed to call the API with credentials
 */
public record AuthSettings(byte[] secret, boolean secretGenerated, Duration tokenLifetime, Duration clockSkew,
        boolean cookieSecure, int loginMaxFailures, Duration loginWindow, CorsOrigins corsOrigins) {

    public static final String ENV_JWT_SECRET = "SHOPDB_JWT_SECRET";
    public static final String ENV_TOKEN_LIFETIME = "SHOPDB_JWT_LIFETIME_MINUTES";
    public static final String ENV_CLOCK_SKEW = "SHOPDB_JWT_CLOCK_SKEW_SECONDS";
    public static final String ENV_COOKIE_SECURE = "SHOPDB_COOKIE_SECURE";
    public static final String ENV_LOGIN_MAX_FAILURES = "SHOPDB_LOGIN_MAX_FAILURES";
    public static final String ENV_LOGIN_WINDOW = "SHOPDB_LOGIN_WINDOW_SECONDS";
    public static final String ENV_CORS_ORIGINS = "SHOPDB_CORS_ORIGINS";

    /** HS256 needs a key of at least 256 bits. */
    public static final int MIN_SECRET_BYTES = 32;

    public static AuthSettings resolve(AuthConfig config, Function<String, String> env, SecureRandom random) {
        String configured = configuredSecret(config, env);
        // A short secret is not fatal here: production mode refuses to serve with it (and says why),
        // while the API stays up to answer 503 instead of vanishing.
        boolean generated = configured == null || isTooShort(configured);
        byte[] secret;
        if (generated) {
            secret = new byte[MIN_SECRET_BYTES];
            random.nextBytes(secret);
        } else {
            secret = configured.getBytes(StandardCharsets.UTF_8);
        }
        long lifetime = positive(ENV_TOKEN_LIFETIME, env.apply(ENV_TOKEN_LIFETIME), config.tokenLifetimeMinutes());
        long skew = nonNegative(ENV_CLOCK_SKEW, env.apply(ENV_CLOCK_SKEW), config.clockSkewSeconds());
        boolean cookieSecure = bool(ENV_COOKIE_SECURE, env.apply(ENV_COOKIE_SECURE), config.cookieSecure());
        long maxFailures = positive(ENV_LOGIN_MAX_FAILURES, env.apply(ENV_LOGIN_MAX_FAILURES), config.loginMaxFailures());
        long window = positive(ENV_LOGIN_WINDOW, env.apply(ENV_LOGIN_WINDOW), config.loginWindowSeconds());
        return new AuthSettings(secret, generated, Duration.ofMinutes(lifetime), Duration.ofSeconds(skew), cookieSecure,
                (int) Math.min(maxFailures, Integer.MAX_VALUE), Duration.ofSeconds(window), corsOrigins(config, env));
    }

    /**
     * The CORS allowlist alone: {@value #ENV_CORS_ORIGINS}, else {@code cors.origins} of
     * {@code etc/org.shopdb.auth.cfg}. An empty environment value counts as not set.
     *
     * @throws IllegalArgumentException for an entry that is not an origin
     */
    public static CorsOrigins corsOrigins(AuthConfig config, Function<String, String> env) {
        return CorsOrigins.parse(firstNonBlank(env.apply(ENV_CORS_ORIGINS), config.cors_origins()));
    }

    /** Whether a configured secret is too weak for HS256. */
    public static boolean isTooShort(String secret) {
        return secret.getBytes(StandardCharsets.UTF_8).length < MIN_SECRET_BYTES;
    }

    /** The configured secret, environment first; {@code null} when none is set. */
    public static String configuredSecret(AuthConfig config, Function<String, String> env) {
        return firstNonBlank(env.apply(ENV_JWT_SECRET), config.jwtSecret());
    }

    @Override
    public String toString() {
        return "AuthSettings[secret=" + (secretGenerated ? "generated" : "configured") + ", tokenLifetime=" + tokenLifetime
                + ", clockSkew=" + clockSkew + ", cookieSecure=" + cookieSecure + ", loginMaxFailures=" + loginMaxFailures
                + ", loginWindow=" + loginWindow + ", corsOrigins=" + corsOrigins + "]";
    }

    private static String firstNonBlank(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value.trim();
            }
        }
        return null;
    }

    private static long positive(String name, String raw, long fallback) {
        long value = number(name, raw, fallback);
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be a positive whole number, got '" + (raw == null ? fallback : raw) + "'");
        }
        return value;
    }

    private static long nonNegative(String name, String raw, long fallback) {
        long value = number(name, raw, fallback);
        if (value < 0) {
            throw new IllegalArgumentException(name + " must not be negative, got '" + (raw == null ? fallback : raw) + "'");
        }
        return value;
    }

    private static long number(String name, String raw, long fallback) {
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            return Long.parseLong(raw.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number, got '" + raw + "'");
        }
    }

    private static boolean bool(String name, String raw, boolean fallback) {
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        return switch (raw.trim().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "1" -> true;
            case "false", "no", "0" -> false;
            default -> throw new IllegalArgumentException(name + " must be true or false, got '" + raw + "'");
        };
    }
}
