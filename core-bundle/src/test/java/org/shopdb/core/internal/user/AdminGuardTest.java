package org.shopdb.core.internal.user;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.shopdb.core.internal.auth.Role;
import org.shopdb.core.internal.auth.UserAccount;

class AdminGuardTest {

    private static final UserAccount ADMIN = user(1, "alice", Role.ADMIN, true);
    private static final UserAccount EDITOR = user(2, "bob", Role.EDITOR, true);
    private static final UserAccount RETIRED_ADMIN = user(3, "carol", Role.ADMIN, false);

    @Test
    void onlyTakingAnActiveAdminAwayIsGuarded() {
        assertEquals(AdminGuard.Change.DEMOTE, AdminGuard.removal(ADMIN, Role.EDITOR, true));
        assertEquals(AdminGuard.Change.DEACTIVATE, AdminGuard.removal(ADMIN, Role.ADMIN, false));
        assertEquals(AdminGuard.Change.DEACTIVATE, AdminGuard.removal(ADMIN, Role.VIEWER, false));
        assertEquals(AdminGuard.Change.DELETE, AdminGuard.deletion(ADMIN));
        assertNull(AdminGuard.removal(ADMIN, Role.ADMIN, true), "no change");
        assertNull(AdminGuard.removal(EDITOR, Role.VIEWER, false));
        assertNull(AdminGuard.removal(RETIRED_ADMIN, Role.EDITOR, false));
        assertNull(AdminGuard.deletion(EDITOR));
        assertNull(AdminGuard.deletion(RETIRED_ADMIN));
    }

    @Test
    void theLastActiveAdminStays() {
        for (AdminGuard.Change change : AdminGuard.Change.values()) {
            LastAdminException e = assertThrows(LastAdminException.class, () -> AdminGuard.check(change, ADMIN, "shell:karaf", 1));
            assertEquals("last_admin", e.code());
            assertTrue(e.getMessage().contains("alice") && e.getMessage().contains(change.verb()), e.getMessage());
        }
    }

    @Test
    void nobodyLocksThemselvesOut() {
        for (AdminGuard.Change change : AdminGuard.Change.values()) {
            SelfLockoutException e = assertThrows(SelfLockoutException.class, () -> AdminGuard.check(change, ADMIN, "Alice", 2));
            assertEquals("self_lockout", e.code());
        }
    }

    @Test
    void anotherAdminMayBeTakenAwayWhileOneRemains() {
        AdminGuard.check(AdminGuard.Change.DEMOTE, ADMIN, "dave", 2);
        AdminGuard.check(AdminGuard.Change.DELETE, ADMIN, "shell:karaf", 2);
        AdminGuard.check(null, ADMIN, "alice", 1);
    }

    static UserAccount user(long id, String name, Role role, boolean active) {
        Instant now = Instant.parse("2026-11-25T12:00:00Z");
        return new UserAccount(id, name, role, active, now, now, null);
    }
}
