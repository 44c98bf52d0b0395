package org.shopdb.core.internal.auth;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * What CORS headers a request gets, decided from the allowlist alone. Allowed origins get
 * {@code Access-Control-Allow-Origin} naming them (never {@code *}) and
 * {@code Access-Control-Allow-Credentials: true}; other origins get no CORS header at all,
 * so the browser keeps the answer from the page. While the allowlist is not empty every
 * answer carries {@code Vary: Origin}, because it depends on the origin.
 */
final class CorsPolicy {

    static final String ORIGIN = "Origin";
    static final String REQUEST_METHOD = "Access-Control-Request-Method";
    static final String ALLOW_ORIGIN = "Access-Control-Allow-Origin";
    static final String ALLOW_CREDENTIALS = "Access-Control-Allow-Credentials";
    static final String ALLOW_METHODS = "Access-Control-Allow-Methods";
    static final String ALLOW_HEADERS = "Access-Control-Allow-Headers";
    static final String EXPOSE_HEADERS = "Access-Control-Expose-Headers";
    static final String MAX_AGE = "Access-Control-Max-Age";
    static final String VARY = "Vary";

    static final String METHODS = "GET, HEAD, POST, PUT, PATCH, DELETE";
    static final String REQUEST_HEADERS = "Authorization, Content-Type";
    /** Headers of ShopDB's answers that scripts of an allowed origin may read. */
    static final String RESPONSE_HEADERS = "Location, Retry-After, WWW-Authenticate";
    /** Seconds a browser may reuse a preflight answer. */
    static final long PREFLIGHT_MAX_AGE = 600;

    private final CorsOrigins origins;

    CorsPolicy(CorsOrigins origins) {
        this.origins = origins;
    }

    /** A browser's preflight: {@code OPTIONS} with an {@code Origin} and the method it wants to use. */
    static boolean isPreflight(String method, String origin, String requestedMethod) {
        return "OPTIONS".equals(method.toUpperCase(Locale.ROOT)) && origin != null && requestedMethod != null;
    }

    /** A preflight from an allowed origin: answered without credentials, which browsers never send with it. */
    boolean answersPreflight(String method, String origin, String requestedMethod) {
        return isPreflight(method, origin, requestedMethod) && origins.allows(origin);
    }

    /** Headers of the answer to a preflight {@link #answersPreflight answered} here. */
    Map<String, String> preflightHeaders(String origin) {
        Map<String, String> headers = credentialed(origin);
        headers.put(ALLOW_METHODS, METHODS);
        headers.put(ALLOW_HEADERS, REQUEST_HEADERS);
        headers.put(MAX_AGE, Long.toString(PREFLIGHT_MAX_AGE));
        return headers;
    }

    /** Headers to add to any other answer; empty when CORS is off or the origin is not allowed. */
    Map<String, String> responseHeaders(String origin) {
        if (!origins.enabled()) {
            return Map.of();
        }
        if (!origins.allows(origin)) {
            return Map.of(VARY, ORIGIN);
        }
        Map<String, String> headers = credentialed(origin);
        headers.put(EXPOSE_HEADERS, RESPONSE_HEADERS);
        return headers;
    }

    private static Map<String, String> credentialed(String origin) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(ALLOW_ORIGIN, origin.trim());
        headers.put(ALLOW_CREDENTIALS, "true");
        headers.put(VARY, ORIGIN);
        return headers;
    }
}
