package org.shopdb.core.internal.auth;

import java.time.Instant;

/**
 * Who a valid token speaks for, and until when.
 *
 * @param tokenId the token's {@code jti}: what logout revokes
 */
public record AuthenticatedUser(String username, Role role, Instant tokenExpiresAt, String tokenId) {
}
