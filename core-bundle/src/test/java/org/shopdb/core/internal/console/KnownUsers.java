package org.shopdb.core.internal.console;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.shopdb.core.internal.auth.Role;
import org.shopdb.core.internal.auth.UserAccount;

/** Stands in for the user table: active accounts with their passwords, counting the checks. */
final class KnownUsers {

    private record Known(UserAccount account, String password) {
    }

    private final Map<String, Known> users = new HashMap<>();
    private final Map<String, Integer> checks = new HashMap<>();
    private char[] lastPasswordGiven;

    KnownUsers with(String username, String password, Role role) {
        users.put(username, new Known(new UserAccount(users.size() + 1L, username, role, true, null, null, null), password));
        return this;
    }

    Optional<UserAccount> authenticate(String username, char[] password) {
        lastPasswordGiven = password;
        String given = new String(password);
        checks.merge(given, 1, Integer::sum);
        Known known = users.get(username.trim().toLowerCase(Locale.ROOT));
        return known != null && Arrays.equals(known.password().toCharArray(), password)
                ? Optional.of(known.account()) : Optional.empty();
    }

    /** The array the last check was given, as the caller left it afterwards. */
    char[] lastPasswordGiven() {
        return lastPasswordGiven;
    }

    /** How often this password was checked (0 when a login never got that far). */
    int checks(String password) {
        return checks.getOrDefault(password, 0);
    }
}
