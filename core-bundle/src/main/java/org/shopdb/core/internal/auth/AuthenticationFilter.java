package org.shopdb.core.internal.auth;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.PreMatching;
import javax.ws.rs.core.Cookie;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;
import org.shopdb.api.security.PublicRoutes;
import org.shopdb.core.internal.rest.ApiError;

/**
 * Denies by default, for every JAX-RS application: before any routing, a request that is
 * not one of the {@link PublicRoutes} needs a valid, unrevoked token (bearer header, else
 * the {@value TokenCookie#NAME} cookie) and a role the {@link AccessPolicy} allows. Answers
 * {@code 401 unauthorized} or {@code 403 forbidden} in the error envelope; otherwise sets
 * the request's {@link TokenSecurityContext}. A CORS preflight from an allowed origin
 * passes: browsers send it without credentials, and the {@link CorsFilter} answers it. A
 * request with an {@value ApiKeyAuthentication#HEADER} header, or with HTTP Basic on an
 * inventory agents' route, is judged by {@link ApiKeyAuthentication} alone.
 */
@Component(service = ContainerRequestFilter.class)
@JaxrsExtension
@JaxrsName(AuthenticationFilter.NAME)
@JaxrsApplicationSelect("(osgi.jaxrs.name=*)")
@PreMatching
public class AuthenticationFilter implements ContainerRequestFilter {

    /** Applications that must never be served without this filter select it by this name. */
    public static final String NAME = "shopdb-authentication";
    static final String BEARER = "Bearer ";
    private static final String REALM = "Bearer realm=\"shopdb\"";

    private final TokenService tokens;
    private final CorsPolicy cors;
    private final AccessPolicy policy = new AccessPolicy();

    /**
     * Optional so that the public routes (health above all) are served while the database
     * is not ready; until it is, every other request is refused.
     */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile RevokedTokens revokedTokens;
    /** Optional: it needs the database, and health and login must be served without it. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile ApiKeyAuthentication apiKeys;

    @Activate
    public AuthenticationFilter(@Reference TokenService tokens, @Reference AuthConfiguration configuration) {
        this.tokens = tokens;
        this.cors = new CorsPolicy(configuration.settings().corsOrigins());
    }

    @Override
    public void filter(ContainerRequestContext request) {
        String method = request.getMethod();
        String path = request.getUriInfo().getRequestUri().getRawPath();
        if (PublicRoutes.isPublic(method, path) || cors.answersPreflight(method, request.getHeaderString(CorsPolicy.ORIGIN),
                request.getHeaderString(CorsPolicy.REQUEST_METHOD))) {
            return;
        }
        boolean overridden = AccessPolicy.METHOD_OVERRIDE_HEADERS.stream().anyMatch(header -> request.getHeaderString(header) != null);
        String apiKey = request.getHeaderString(ApiKeyAuthentication.HEADER);
        if (apiKey != null) {
            authenticateApiKey(request, method, overridden, path, apiKey, ApiKeyAuthentication.CHALLENGE);
            return;
        }
        Optional<String> token = credentials(request);
        if (ApiKeyAuthentication.isAgentRoute(method, overridden, path)) {
            Optional<String> basicKey = ApiKeyAuthentication.basicPassword(request.getHeaderString(HttpHeaders.AUTHORIZATION));
            if (basicKey.isPresent()) {
                authenticateApiKey(request, method, overridden, path, basicKey.get(), ApiKeyAuthentication.BASIC_CHALLENGE);
                return;
            }
            if (token.isEmpty()) {
                request.abortWith(unauthorized("Authentication required: an API key as the password of HTTP Basic, or in the "
                        + ApiKeyAuthentication.HEADER + " header", ApiKeyAuthentication.BASIC_CHALLENGE));
                return;
            }
        }
        if (token.isEmpty()) {
            request.abortWith(unauthorized("Authentication required: log in at POST /api/auth/login", REALM));
            return;
        }
        Optional<AuthenticatedUser> user = tokens.verify(token.get());
        if (user.isEmpty()) {
            request.abortWith(unauthorized("Invalid or expired token: log in again", REALM + ", error=\"invalid_token\""));
            return;
        }
        RevokedTokens revoked = revokedTokens;
        if (revoked == null) {
            request.abortWith(ApiError.response(503, "unavailable", "ShopDB is starting: the database is not ready yet", List.of()));
            return;
        }
        if (revoked.isRevoked(user.get().tokenId())) {
            request.abortWith(unauthorized("This token was logged out: log in again", REALM + ", error=\"invalid_token\""));
            return;
        }
        if (!policy.allows(user.get().role(), method, overridden, path)) {
            request.abortWith(ApiError.response(403, "forbidden",
                    "The role " + user.get().role().code() + " may not " + method.toUpperCase(Locale.ROOT) + " here", List.of()));
            return;
        }
        request.setSecurityContext(new TokenSecurityContext(user.get(), request.getSecurityContext().isSecure()));
    }

    private void authenticateApiKey(ContainerRequestContext request, String method, boolean overridden, String path, String key,
            String challenge) {
        ApiKeyAuthentication authentication = apiKeys;
        if (authentication == null) {
            request.abortWith(ApiError.response(503, "unavailable", "API keys cannot be checked until the database is ready", List.of()));
            return;
        }
        ApiKeyAuthentication.Result result = authentication.authenticate(method, overridden, path, key, request.getSecurityContext().isSecure());
        if (result instanceof ApiKeyAuthentication.Accepted accepted) {
            request.setSecurityContext(accepted.context());
        } else {
            request.abortWith(unauthorized(((ApiKeyAuthentication.Rejected) result).message(), challenge));
        }
    }

    /** The bearer token if an Authorization header is sent (any other scheme: none), else the cookie's. */
    static Optional<String> credentials(ContainerRequestContext request) {
        String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (authorization != null) {
            if (authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
                return Optional.of(authorization.substring(BEARER.length()).trim()).filter(value -> !value.isEmpty());
            }
            return Optional.empty();
        }
        Cookie cookie = request.getCookies().get(TokenCookie.NAME);
        return Optional.ofNullable(cookie).map(Cookie::getValue).filter(value -> !value.isBlank());
    }

    private static Response unauthorized(String message, String challenge) {
        Response response = ApiError.response(401, "unauthorized", message, List.of());
        response.getHeaders().add(HttpHeaders.WWW_AUTHENTICATE, challenge);
        response.getHeaders().add(HttpHeaders.CACHE_CONTROL, "no-store");
        return response;
    }
}
