package org.shopdb.plugins.cameras.internal.rest;

import java.security.Principal;

import javax.ws.rs.core.SecurityContext;

import org.shopdb.api.audit.Actor;

/** Who is calling, for the audit trail: the principal the core's authentication filter set. */
final class Callers {

    private Callers() {
    }

    static Actor actor(SecurityContext security) {
        Principal principal = security == null ? null : security.getUserPrincipal();
        return principal == null ? Actor.user("anonymous") : Actor.user(principal.getName());
    }
}
