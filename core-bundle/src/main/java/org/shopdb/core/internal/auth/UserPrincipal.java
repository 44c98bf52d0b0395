package org.shopdb.core.internal.auth;

import java.security.Principal;

/** The signed-in user, as {@code SecurityContext.getUserPrincipal()} returns it. */
public record UserPrincipal(String getName) implements Principal {
}
