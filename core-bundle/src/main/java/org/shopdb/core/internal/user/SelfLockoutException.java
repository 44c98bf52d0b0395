package org.shopdb.core.internal.user;

import org.shopdb.api.error.ConflictException;

/** An admin tried to delete, deactivate or demote their own account. */
public class SelfLockoutException extends ConflictException {

    private static final long serialVersionUID = 1L;

    SelfLockoutException(String verb) {
        super("You cannot " + verb + " your own account; another admin can.");
    }

    @Override
    public String code() {
        return "self_lockout";
    }
}
