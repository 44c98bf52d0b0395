package org.shopdb.core.internal.auth;

import java.util.Locale;
import java.util.Optional;

import org.shopdb.api.security.Roles;

/** A user's role; each includes the privileges of the ones ranked below it. */
public enum Role {

    VIEWER(Roles.VIEWER), EDITOR(Roles.EDITOR), ADMIN(Roles.ADMIN);

    private final String code;

    Role(String code) {
        this.code = code;
    }

    /** The name stored in {@code users.role}, carried in tokens and checked by {@code isUserInRole}. */
    public String code() {
        return code;
    }

    public boolean includes(Role other) {
        return compareTo(other) >= 0;
    }

    public static Optional<Role> of(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String lower = code.toLowerCase(Locale.ROOT);
        for (Role role : values()) {
            if (role.code.equals(lower)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
