package org.shopdb.core.internal.auth;

import java.util.Locale;

/** User names are compared and stored trimmed and in lower case, alike on every database. */
final class Usernames {

    static final int MAX_LENGTH = 100;

    private Usernames() {
    }

    static String normalize(String username) {
        return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    }
}
