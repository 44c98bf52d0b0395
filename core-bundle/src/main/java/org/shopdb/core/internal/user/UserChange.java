package org.shopdb.core.internal.user;

/** A user's new role and active flag, as given: checked by {@link UserRules}. */
public record UserChange(String role, Boolean active) {
}
