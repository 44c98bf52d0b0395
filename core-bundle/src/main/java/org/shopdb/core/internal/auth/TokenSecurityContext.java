package org.shopdb.core.internal.auth;

import java.security.Principal;

import javax.ws.rs.core.SecurityContext;

/**
 * The JAX-RS {@link SecurityContext} of a request with a valid token. Roles nest:
 * {@code isUserInRole("viewer")} is true for an editor and an admin as well.
 */
public final class TokenSecurityContext implements SecurityContext {

    static final String SCHEME = "Bearer";

    private final AuthenticatedUser user;
    private final boolean secure;

    TokenSecurityContext(AuthenticatedUser user, boolean secure) {
        this.user = user;
        this.secure = secure;
    }

    public AuthenticatedUser user() {
        return user;
    }

    @Override
    public Principal getUserPrincipal() {
        return new UserPrincipal(user.username());
    }

    @Override
    public boolean isUserInRole(String role) {
        return Role.of(role).map(user.role()::includes).orElse(false);
    }

    @Override
    public boolean isSecure() {
        return secure;
    }

    @Override
    public String getAuthenticationScheme() {
        return SCHEME;
    }
}
