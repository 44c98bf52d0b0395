package org.shopdb.core.internal.auth;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Authentication settings ({@code etc/org.shopdb.auth.cfg}). Each value can be overridden
 * from the environment, see {@link AuthSettings}.
 */
@ObjectClassDefinition(name = "ShopDB authentication", description = "Tokens, cookie and login throttling of ShopDB's HTTP API")
public @interface AuthConfig {

    String PID = "org.shopdb.auth";

    @AttributeDefinition(description = "HS256 signing secret, at least 32 characters; empty: a random secret per start (env SHOPDB_JWT_SECRET)",
            type = AttributeType.PASSWORD)
    String jwtSecret() default "";

    @AttributeDefinition(description = "Minutes a token stays valid (env SHOPDB_JWT_LIFETIME_MINUTES)")
    long tokenLifetimeMinutes() default 60;

    @AttributeDefinition(description = "Seconds of clock difference tolerated when checking a token's times (env SHOPDB_JWT_CLOCK_SKEW_SECONDS)")
    long clockSkewSeconds() default 60;

    @AttributeDefinition(description = "Mark the token cookie Secure: set it when clients reach ShopDB over HTTPS (env SHOPDB_COOKIE_SECURE)")
    boolean cookieSecure() default false;

    @AttributeDefinition(description = "Failed logins per user name within the window before logins are refused (env SHOPDB_LOGIN_MAX_FAILURES); a client address may fail four times as often")
    int loginMaxFailures() default 5;

    @AttributeDefinition(description = "Seconds over which failed logins are counted (env SHOPDB_LOGIN_WINDOW_SECONDS)")
    long loginWindowSeconds() default 300;

    /** Property {@code cors.origins}. */
    @AttributeDefinition(description = "Browser origins allowed to call the API with credentials, comma-separated exact origins "
            + "(https://shopdb.example.com); empty: no CORS headers; '*' is refused (env SHOPDB_CORS_ORIGINS)")
    String cors_origins() default "";
}
