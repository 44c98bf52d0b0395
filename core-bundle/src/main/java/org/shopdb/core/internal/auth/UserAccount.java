package org.shopdb.core.internal.auth;

/** A ShopDB user as the rest of the auth package sees it: never the password hash. */
public record UserAccount(long userId, String username, Role role, boolean active) {
}
