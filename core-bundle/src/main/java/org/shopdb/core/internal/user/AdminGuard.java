package org.shopdb.core.internal.user;

import org.shopdb.core.internal.auth.Role;
import org.shopdb.core.internal.auth.UserAccount;
import org.shopdb.core.internal.auth.Usernames;

/**
 * The guard rails of user administration: ShopDB always keeps an active admin, and nobody
 * locks themselves out. A change that would take away an active admin — deleting,
 * deactivating or demoting one — is refused when that admin is the last one
 * ({@link LastAdminException}) or is the one asking ({@link SelfLockoutException}).
 */
final class AdminGuard {

    /** What a change does to a user. */
    enum Change {
        DELETE("delete"), DEACTIVATE("deactivate"), DEMOTE("demote");

        private final String verb;

        Change(String verb) {
            this.verb = verb;
        }

        String verb() {
            return verb;
        }
    }

    private AdminGuard() {
    }

    /** How giving {@code target} this role and flag would take an admin away, or {@code null} when it would not. */
    static Change removal(UserAccount target, Role role, boolean active) {
        if (!isActiveAdmin(target)) {
            return null;
        }
        if (!active) {
            return Change.DEACTIVATE;
        }
        return role == Role.ADMIN ? null : Change.DEMOTE;
    }

    /** How deleting {@code target} would take an admin away, or {@code null} when it would not. */
    static Change deletion(UserAccount target) {
        return isActiveAdmin(target) ? Change.DELETE : null;
    }

    static boolean isActiveAdmin(UserAccount user) {
        return user.active() && user.role() == Role.ADMIN;
    }

    /**
     * Refuses a change that takes an active admin away, when it must not.
     *
     * @param actor        user name of whoever asks ({@code shell:…} from the console, never a user's name)
     * @param activeAdmins active admins now, {@code target} included
     * @throws LastAdminException   when {@code target} is the last active admin
     * @throws SelfLockoutException when {@code target} is the one asking
     */
    static void check(Change change, UserAccount target, String actor, long activeAdmins) {
        if (change == null) {
            return;
        }
        if (activeAdmins <= 1) {
            throw new LastAdminException(target.username(), change.verb());
        }
        if (Usernames.normalize(actor).equals(target.username())) {
            throw new SelfLockoutException(change.verb());
        }
    }
}
