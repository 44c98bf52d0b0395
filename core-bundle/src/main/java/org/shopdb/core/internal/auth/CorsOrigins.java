package org.shopdb.core.internal.auth;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The origins allowed to call the API from a browser with credentials
 * ({@value AuthSettings#ENV_CORS_ORIGINS}): exact origins such as
 * {@code https://shopdb.example.com} or {@code http://localhost:5173}. Browsers refuse
 * {@code *} together with credentials, and ShopDB always uses them (cookie or bearer
 * token), so {@code *} is never honoured: {@link #wildcardIgnored()} says it was given.
 *
 * @param allowed         normalised origins: lower-case scheme and host, default port left out
 * @param wildcardIgnored whether the setting contained {@code *}, which was dropped
 */
public record CorsOrigins(Set<String> allowed, boolean wildcardIgnored) {

    /** No cross-origin access at all: no CORS headers are sent. */
    public static final CorsOrigins NONE = new CorsOrigins(Set.of(), false);

    static final String WILDCARD = "*";

    public CorsOrigins {
        allowed = Set.copyOf(allowed);
    }

    /**
     * Parses a comma-separated list; blanks are skipped, {@code *} is dropped (see
     * {@link #wildcardIgnored()}).
     *
     * @throws IllegalArgumentException for an entry that is not an exact http(s) origin, naming it
     */
    public static CorsOrigins parse(String commaSeparated) {
        if (commaSeparated == null || commaSeparated.isBlank()) {
            return NONE;
        }
        Set<String> origins = new LinkedHashSet<>();
        boolean wildcard = false;
        for (String entry : commaSeparated.split(",")) {
            String trimmed = entry.trim();
            if (trimmed.isEmpty()) {
                continue;
            }
            if (WILDCARD.equals(trimmed)) {
                wildcard = true;
                continue;
            }
            origins.add(normalise(trimmed).orElseThrow(() -> new IllegalArgumentException(AuthSettings.ENV_CORS_ORIGINS
                    + " (cors.origins in etc/org.shopdb.auth.cfg) holds '" + trimmed + "', which is not an origin: use "
                    + "scheme://host[:port], e.g. https://shopdb.example.com, without a path")));
        }
        return new CorsOrigins(origins, wildcard);
    }

    public boolean enabled() {
        return !allowed.isEmpty();
    }

    /** Whether a request's {@code Origin} header names an allowed origin. */
    public boolean allows(String origin) {
        return origin != null && enabled() && normalise(origin.trim()).map(allowed::contains).orElse(false);
    }

    /** {@code scheme://host[:port]} in the form browsers send, or empty when {@code origin} is none. */
    static Optional<String> normalise(String origin) {
        URI uri;
        try {
            uri = new URI(origin);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        boolean noPath = uri.getRawPath() == null || uri.getRawPath().isEmpty() || "/".equals(uri.getRawPath());
        if (!("http".equals(scheme) || "https".equals(scheme)) || uri.getHost() == null || uri.getRawUserInfo() != null
                || !noPath || uri.getRawQuery() != null || uri.getRawFragment() != null) {
            return Optional.empty();
        }
        int port = uri.getPort();
        boolean defaultPort = port == -1 || "http".equals(scheme) && port == 80 || "https".equals(scheme) && port == 443;
        return Optional.of(scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port));
    }

    @Override
    public String toString() {
        return allowed.isEmpty() ? "none" : String.join(",", new java.util.TreeSet<>(allowed));
    }
}
