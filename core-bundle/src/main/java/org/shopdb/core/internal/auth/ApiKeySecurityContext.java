package org.shopdb.core.internal.auth;

import java.security.Principal;

import javax.ws.rs.core.SecurityContext;

/**
 * The {@link SecurityContext} of a collector request authenticated by an API key. A key is
 * no user: it holds no role, so {@code isUserInRole} is false for every role.
 */
public final class ApiKeySecurityContext implements SecurityContext {

    static final String SCHEME = "ApiKey";

    private final ApiKeyPrincipal key;
    private final boolean secure;

    ApiKeySecurityContext(String keyName, boolean secure) {
        this.key = new ApiKeyPrincipal(keyName);
        this.secure = secure;
    }

    @Override
    public Principal getUserPrincipal() {
        return key;
    }

    @Override
    public boolean isUserInRole(String role) {
        return false;
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
