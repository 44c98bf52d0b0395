package org.shopdb.core.internal.console;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.shopdb.core.internal.auth.Role;

class ConsoleRolesTest {

    @Test
    void administratorsGetKarafsAdministratorRolesAndTheConsole() {
        assertEquals(Set.of("admin", "manager", "viewer", "systembundles", "ssh"), ConsoleRoles.of(Role.ADMIN));
    }

    @Test
    void editorsAndViewersAreKarafViewersWithoutTheConsole() {
        assertEquals(Set.of("viewer"), ConsoleRoles.of(Role.EDITOR));
        assertEquals(Set.of("viewer"), ConsoleRoles.of(Role.VIEWER));
    }
}
