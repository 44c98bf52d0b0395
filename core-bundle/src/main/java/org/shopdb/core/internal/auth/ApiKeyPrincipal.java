package org.shopdb.core.internal.auth;

import java.security.Principal;

/** The API key a collector request was authenticated with, named as in {@code apikeys.name}. */
public record ApiKeyPrincipal(String getName) implements Principal {
}
