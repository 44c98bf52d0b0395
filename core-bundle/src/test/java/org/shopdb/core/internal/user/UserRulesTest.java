package org.shopdb.core.internal.user;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.shopdb.api.error.FieldError;
import org.shopdb.api.error.ValidationException;
import org.shopdb.core.internal.auth.Role;

class UserRulesTest {

    @Test
    void validNewUserGivesItsRole() {
        assertEquals(Role.EDITOR, UserRules.validate(new NewUser("Jane.Doe@plant", "EDITOR", "long-enough", null)));
    }

    @Test
    void everyBadFieldIsNamedAtOnce() {
        ValidationException e = assertThrows(ValidationException.class, () -> UserRules.validate(new NewUser(" ", "root", "short", true)));
        assertEquals(List.of("username", "role", "password"), fields(e));
    }

    @Test
    void missingFieldsAreRequired() {
        ValidationException e = assertThrows(ValidationException.class, () -> UserRules.validate(new NewUser(null, null, null, null)));
        assertEquals(List.of("username", "role", "password"), fields(e));
        e.errors().forEach(error -> assertEquals(true, error.message().startsWith("is required"), error.toString()));
    }

    @Test
    void userNamesAreAPlainAlphabet() {
        for (String bad : new String[] {"jane doe", "-jane", "jäne", "jane/doe", "shell:karaf", "x".repeat(101)}) {
            ValidationException e = assertThrows(ValidationException.class, () -> UserRules.validate(new NewUser(bad, "viewer", "long-enough", true)), bad);
            assertEquals(List.of("username"), fields(e), bad);
        }
    }

    @Test
    void passwordLengthIsBounded() {
        assertThrows(ValidationException.class, () -> UserRules.validatePassword("1234567"));
        UserRules.validatePassword("12345678");
        assertThrows(ValidationException.class, () -> UserRules.validatePassword("x".repeat(UserRules.MAX_PASSWORD_LENGTH + 1)));
    }

    @Test
    void aChangeNamesRoleAndActiveFlag() {
        assertEquals(Role.VIEWER, UserRules.validate(new UserChange("viewer", false)));
        ValidationException e = assertThrows(ValidationException.class, () -> UserRules.validate(new UserChange("boss", null)));
        assertEquals(List.of("role", "isactive"), fields(e));
    }

    private static List<String> fields(ValidationException e) {
        return e.errors().stream().map(FieldError::field).toList();
    }
}
