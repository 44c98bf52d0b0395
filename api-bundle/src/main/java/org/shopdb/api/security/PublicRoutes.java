package org.shopdb.api.security;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The only requests ShopDB serves without credentials. Every other request, to any path,
 * needs a valid token. A route matches one method and one exact path; a public
 * {@code GET} route is public for {@code HEAD} too.
 */
public final class PublicRoutes {

    /** One public route: an HTTP method and an exact request path. */
    public record Route(String method, String path) {

        public Route {
            Objects.requireNonNull(method, "method");
            Objects.requireNonNull(path, "path");
            method = method.toUpperCase(Locale.ROOT);
        }

        /** Whether a request with this method and (raw, undecoded) path is this route. */
        public boolean matches(String requestMethod, String requestPath) {
            if (!path.equals(requestPath)) {
                return false;
            }
            String upper = requestMethod.toUpperCase(Locale.ROOT);
            return method.equals(upper) || "GET".equals(method) && "HEAD".equals(upper);
        }
    }

    public static final Route LOGIN = new Route("POST", "/api/auth/login");
    public static final Route HEALTH = new Route("GET", "/api/health");
    public static final Route OPENAPI = new Route("GET", "/api/openapi.json");

    /** Every public route; a route sweep asserts {@code 401} without credentials for all others. */
    public static final List<Route> ALL = List.of(LOGIN, HEALTH, OPENAPI);

    private PublicRoutes() {
    }

    public static boolean isPublic(String method, String rawPath) {
        return ALL.stream().anyMatch(route -> route.matches(method, rawPath));
    }
}
