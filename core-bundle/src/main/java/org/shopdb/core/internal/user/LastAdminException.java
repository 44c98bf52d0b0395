package org.shopdb.core.internal.user;

import org.shopdb.api.error.ConflictException;

/** The change would leave ShopDB without an active admin. */
public class LastAdminException extends ConflictException {

    private static final long serialVersionUID = 1L;

    LastAdminException(String username, String verb) {
        super("Cannot " + verb + " " + username + ": it is the last active admin. Give another user the admin role first.");
    }

    @Override
    public String code() {
        return "last_admin";
    }
}
