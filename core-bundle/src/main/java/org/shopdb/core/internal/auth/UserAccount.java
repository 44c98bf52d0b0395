package org.shopdb.core.internal.auth;

import java.time.Instant;

/**
 * A ShopDB user as everything outside the {@code users} table sees it: never the password hash.
 *
 * @param lastLoginDate {@code null} until the first login
 */
public record UserAccount(long userId, String username, Role role, boolean active, Instant createdDate,
        Instant modifiedDate, Instant lastLoginDate) {
}
