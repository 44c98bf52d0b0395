package org.shopdb.core.internal.rest;

import java.security.Principal;

import javax.ws.rs.core.SecurityContext;

import org.shopdb.api.audit.Actor;
import org.shopdb.core.internal.auth.ApiKeyPrincipal;

/** Who is calling, for the audit trail: the authenticated user, or the API key of a collector. */
public final class Actors {

    private Actors() {
    }

    public static Actor of(SecurityContext security) {
        Principal principal = security == null ? null : security.getUserPrincipal();
        if (principal instanceof ApiKeyPrincipal key) {
            return Actor.apiKey(key.getName());
        }
        return principal == null ? Actor.user("anonymous") : Actor.user(principal.getName());
    }
}
