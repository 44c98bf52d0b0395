package org.shopdb.core.internal.auth;

import java.time.Duration;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The {@value #NAME} cookie that carries the token for browsers: HttpOnly (scripts cannot
 * read it), SameSite=Strict (other sites cannot send it), scoped to {@code /api}, and
 * Secure when configured. Written as a raw {@code Set-Cookie} value because JAX-RS 2.1's
 * {@code NewCookie} cannot express SameSite.
 */
@Component(service = TokenCookie.class)
public class TokenCookie {

    public static final String NAME = "shopdb_token";
    static final String PATH = "/api";

    private final boolean secure;
    private final Duration maxAge;

    @Activate
    public TokenCookie(@Reference AuthConfiguration configuration) {
        this(configuration.settings().cookieSecure(), configuration.settings().tokenLifetime());
    }

    TokenCookie(boolean secure, Duration maxAge) {
        this.secure = secure;
        this.maxAge = maxAge;
    }

    /** {@code Set-Cookie} value carrying {@code token}. */
    public String carrying(String token) {
        return header(token, maxAge.toSeconds());
    }

    /** {@code Set-Cookie} value that makes the browser forget the cookie. */
    public String cleared() {
        return header("", 0);
    }

    private String header(String value, long maxAgeSeconds) {
        return NAME + "=" + value + "; Path=" + PATH + "; Max-Age=" + maxAgeSeconds + "; HttpOnly; SameSite=Strict"
                + (secure ? "; Secure" : "");
    }
}
