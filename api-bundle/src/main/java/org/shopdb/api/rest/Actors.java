package org.shopdb.api.rest;

import java.security.Principal;

import javax.ws.rs.core.SecurityContext;

import org.shopdb.api.audit.Actor;

/** Who is calling, for the audit trail: the user the core's authentication filter put into the request. */
public final class Actors {

    private Actors() {
    }

    public static Actor of(SecurityContext security) {
        Principal principal = security == null ? null : security.getUserPrincipal();
        return principal == null ? Actor.user("anonymous") : Actor.user(principal.getName());
    }
}
