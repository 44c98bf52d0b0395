package org.shopdb.core.internal.auth;

import java.time.Instant;

/** Who a valid token speaks for, and until when. */
public record AuthenticatedUser(String username, Role role, Instant tokenExpiresAt) {
}
