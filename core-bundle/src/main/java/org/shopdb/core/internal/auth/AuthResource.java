package org.shopdb.core.internal.auth;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.shopdb.api.error.FieldError;
import org.shopdb.api.error.ValidationException;
import org.shopdb.core.internal.rest.ApiError;
import org.shopdb.core.internal.rest.DataEnvelope;
import org.shopdb.core.internal.rest.RequestBodies;
import org.shopdb.core.internal.rest.ShopdbApplication;

/**
 * {@code /api/auth}: log in (public), refresh, log out and who am I. Login answers the
 * token in the body and in the {@value TokenCookie#NAME} cookie; wrong credentials get
 * one answer whichever part was wrong, and repeated failures are throttled. Logout
 * revokes the token it was called with.
 */
@Component(service = AuthResource.class)
@JaxrsResource
@JSONRequired
@JaxrsApplicationSelect(ShopdbApplication.SELECT)
@Path("auth")
@Produces(MediaType.APPLICATION_JSON)
public class AuthResource {

    private static final String NO_STORE = "no-store";

    private final UserStore users;
    private final TokenService tokens;
    private final LoginThrottle throttle;
    private final TokenCookie cookie;
    private final RevokedTokens revoked;

    /** {@code seeded}: login is served once the first user exists. */
    @Activate
    public AuthResource(@Reference UserStore users, @Reference TokenService tokens, @Reference LoginThrottle throttle,
            @Reference TokenCookie cookie, @Reference RevokedTokens revoked, @Reference AdminSeeder seeded) {
        this.users = users;
        this.tokens = tokens;
        this.throttle = throttle;
        this.cookie = cookie;
        this.revoked = revoked;
    }

    @POST
    @Path("login")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response login(LoginRequest request, @Context HttpServletRequest http) {
        validate(request);
        String address = http == null ? "" : http.getRemoteAddr();
        Optional<Duration> wait = throttle.retryAfter(request.username(), address);
        if (wait.isPresent()) {
            long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
            return Response.fromResponse(ApiError.response(429, "too_many_requests",
                    "Too many failed logins; try again in " + seconds + " seconds", List.of()))
                    .header(HttpHeaders.RETRY_AFTER, seconds).build();
        }
        char[] password = request.password().toCharArray();
        Optional<UserAccount> account;
        try {
            account = users.authenticate(request.username(), password);
        } finally {
            PasswordHasher.wipe(password);
        }
        if (account.isEmpty()) {
            throttle.failed(request.username(), address);
            return Response.fromResponse(ApiError.response(401, "invalid_credentials", "Wrong user name or password", List.of()))
                    .header(HttpHeaders.CACHE_CONTROL, NO_STORE).build();
        }
        throttle.succeeded(request.username());
        return session(account.get());
    }

    /** A new token for the caller, with the role the user has now; 401 when the account is gone or disabled. */
    @POST
    @Path("refresh")
    public Response refresh(@Context SecurityContext security) {
        Optional<UserAccount> account = users.findActive(security.getUserPrincipal().getName());
        if (account.isEmpty()) {
            return Response.fromResponse(ApiError.response(401, "unauthorized", "This account is no longer active", List.of()))
                    .header(HttpHeaders.SET_COOKIE, cookie.cleared()).build();
        }
        return session(account.get());
    }

    /** Revokes the token the request came with, on every instance sharing the database, and clears the cookie. */
    @POST
    @Path("logout")
    public Response logout(@Context SecurityContext security) {
        AuthenticatedUser user = ((TokenSecurityContext) security).user();
        revoked.revoke(user.tokenId(), user.tokenExpiresAt());
        return Response.noContent().header(HttpHeaders.SET_COOKIE, cookie.cleared()).header(HttpHeaders.CACHE_CONTROL, NO_STORE).build();
    }

    @GET
    @Path("me")
    public Response me(@Context SecurityContext security) {
        AuthenticatedUser user = ((TokenSecurityContext) security).user();
        return Response.ok(DataEnvelope.of(new MeView(user.username(), user.role().code(), user.tokenExpiresAt())))
                .header(HttpHeaders.CACHE_CONTROL, NO_STORE).build();
    }

    private Response session(UserAccount account) {
        IssuedToken token = tokens.issue(account.username(), account.role());
        SessionView view = new SessionView(token.token(), token.expiresAt(),
                new SessionView.UserView(account.username(), account.role().code()));
        return Response.ok(DataEnvelope.of(view))
                .header(HttpHeaders.SET_COOKIE, cookie.carrying(token.token()))
                .header(HttpHeaders.CACHE_CONTROL, NO_STORE)
                .build();
    }

    private static void validate(LoginRequest request) {
        RequestBodies.required(request);
        List<FieldError> errors = new ArrayList<>();
        if (request.username() == null || request.username().isBlank()) {
            errors.add(new FieldError("username", "required"));
        }
        if (request.password() == null || request.password().isEmpty()) {
            errors.add(new FieldError("password", "required"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }
}
