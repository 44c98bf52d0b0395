package org.shopdb.core.internal.auth;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * User names are compared and stored trimmed and in lower case, alike on every database.
 * A new name is 1–{@value #MAX_LENGTH} of {@code a-z 0-9 . _ @ -}, starting with a letter
 * or digit: no spaces, no look-alikes, nothing that needs escaping in a log or a URL.
 */
public final class Usernames {

    public static final int MAX_LENGTH = 100;
    private static final Pattern ALLOWED = Pattern.compile("[a-z0-9][a-z0-9._@-]*");

    private Usernames() {
    }

    public static String normalize(String username) {
        return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    }

    /** What is wrong with a name for a new user, or empty when it may be used. */
    public static Optional<String> problem(String username) {
        String normalized = normalize(username);
        if (normalized.isEmpty()) {
            return Optional.of("is required");
        }
        if (normalized.length() > MAX_LENGTH) {
            return Optional.of("must be at most " + MAX_LENGTH + " characters");
        }
        if (!ALLOWED.matcher(normalized).matches()) {
            return Optional.of("may contain only letters, digits and . _ @ -, starting with a letter or digit");
        }
        return Optional.empty();
    }
}
