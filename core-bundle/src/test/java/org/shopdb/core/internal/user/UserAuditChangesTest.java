package org.shopdb.core.internal.user;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.shopdb.api.audit.FieldChange;
import org.shopdb.core.internal.auth.Role;

class UserAuditChangesTest {

    @Test
    void createdAndDeletedListEveryAuditedField() {
        Map<String, FieldChange> created = UserAuditChanges.created(AdminGuardTest.user(5, "eve", Role.VIEWER, true));
        assertEquals(Map.of("username", new FieldChange(null, "eve"), "role", new FieldChange(null, "viewer"),
                "isactive", new FieldChange(null, true)), created);
        assertEquals(new FieldChange("viewer", null), UserAuditChanges.deleted(AdminGuardTest.user(5, "eve", Role.VIEWER, true)).get("role"));
    }

    @Test
    void updateListsOnlyWhatChanged() {
        Map<String, FieldChange> changes = UserAuditChanges.between(AdminGuardTest.user(5, "eve", Role.VIEWER, true),
                AdminGuardTest.user(5, "eve", Role.EDITOR, true));
        assertEquals(Map.of("role", new FieldChange("viewer", "editor")), changes);
    }

    @Test
    void passwordsAreNeverRecorded() {
        assertEquals(Map.of("password", new FieldChange("(hidden)", "(changed)")), UserAuditChanges.PASSWORD_CHANGED);
        assertTrue(UserAuditChanges.created(AdminGuardTest.user(5, "eve", Role.VIEWER, true)).keySet().stream()
                .noneMatch(field -> field.contains("password")));
    }
}
