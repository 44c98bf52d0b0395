package org.shopdb.core.internal.user;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.shopdb.api.error.FieldError;
import org.shopdb.api.error.ValidationException;
import org.shopdb.core.internal.auth.Role;
import org.shopdb.core.internal.auth.Usernames;

/** Well-formed user input: every bad field is named at once. */
final class UserRules {

    static final int MIN_PASSWORD_LENGTH = 8;
    /** PBKDF2 takes any length; a bound keeps absurd input out. */
    static final int MAX_PASSWORD_LENGTH = 1024;
    static final String ROLES = "admin, editor or viewer";

    private UserRules() {
    }

    /** @throws ValidationException naming each bad field */
    static Role validate(NewUser user) {
        List<FieldError> errors = new ArrayList<>();
        Usernames.problem(user.username()).ifPresent(problem -> errors.add(new FieldError("username", problem)));
        Role role = role(user.role(), errors);
        passwordProblem(user.password()).ifPresent(problem -> errors.add(new FieldError("password", problem)));
        failOn(errors);
        return role;
    }

    /** @throws ValidationException naming each bad field: both are required, so nothing changes by omission */
    static Role validate(UserChange change) {
        List<FieldError> errors = new ArrayList<>();
        Role role = role(change.role(), errors);
        if (change.active() == null) {
            errors.add(new FieldError("isactive", "is required: true or false"));
        }
        failOn(errors);
        return role;
    }

    /** @throws ValidationException when the password may not be used */
    static void validatePassword(String password) {
        passwordProblem(password).ifPresent(problem -> failOn(List.of(new FieldError("password", problem))));
    }

    static Optional<String> passwordProblem(String password) {
        if (password == null || password.isEmpty()) {
            return Optional.of("is required");
        }
        if (password.length() < MIN_PASSWORD_LENGTH) {
            return Optional.of("must have at least " + MIN_PASSWORD_LENGTH + " characters");
        }
        if (password.length() > MAX_PASSWORD_LENGTH) {
            return Optional.of("must have at most " + MAX_PASSWORD_LENGTH + " characters");
        }
        return Optional.empty();
    }

    private static Role role(String code, List<FieldError> errors) {
        if (code == null || code.isBlank()) {
            errors.add(new FieldError("role", "is required: " + ROLES));
            return null;
        }
        Optional<Role> role = Role.of(code.trim());
        if (role.isEmpty()) {
            errors.add(new FieldError("role", "must be " + ROLES + ", got '" + code + "'"));
        }
        return role.orElse(null);
    }

    private static void failOn(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }
}
