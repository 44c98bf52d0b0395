package org.shopdb.core.internal.auth;

import java.time.Instant;

/** A freshly signed token and when it expires. */
public record IssuedToken(String token, Instant expiresAt) {
}
