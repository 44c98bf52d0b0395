package org.shopdb.plugins.agents.internal.inventory;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Values firmware fills in when it knows nothing: a serial number of "To Be Filled By O.E.M.",
 * a UUID of all zeros. Used as identity they would make different computers one; they are
 * treated as absent. Likewise the "last user" a Linux agent reads out of {@code last} on a
 * machine without recorded logins.
 */
final class Placeholders {

    private static final Set<String> SERIALS = Set.of("", "0", "none", "null", "n/a", "na", "unknown", "default string",
            "to be filled by o.e.m.", "to be filled by oem", "system serial number", "not specified", "not applicable",
            "not available", "chassis serial number", "0123456789", "123456789", "xxxxxxxxxx", "invalid");
    private static final Pattern UUID = Pattern.compile("[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}");
    private static final Set<String> UUIDS = Set.of("00000000-0000-0000-0000-000000000000", "FFFFFFFF-FFFF-FFFF-FFFF-FFFFFFFFFFFF",
            "03000200-0400-0500-0006-000700080009");

    /**
     * The FusionInventory agent takes the first word of {@code last}'s output as the last user; with
     * no login recorded that is the closing line {@code wtmp begins Tue May 20 …}.
     */
    private static final Set<String> USERS = Set.of("wtmp", "btmp", "utmp");

    private Placeholders() {
    }

    /** The last logged-on user, or {@code null} for none or a word that is no user. */
    static String user(String user) {
        return user == null || USERS.contains(user.trim().toLowerCase(Locale.ROOT)) ? null : user;
    }

    /** The serial number, or {@code null} for a placeholder. */
    static String serial(String serial) {
        if (serial == null) {
            return null;
        }
        String trimmed = serial.trim();
        return SERIALS.contains(trimmed.toLowerCase(Locale.ROOT)) || trimmed.chars().allMatch(c -> c == '0' || c == ' ')
                ? null : trimmed;
    }

    /** The hardware UUID upper case, or {@code null} when it is no UUID or a placeholder. */
    static String uuid(String uuid) {
        if (uuid == null) {
            return null;
        }
        String upper = uuid.trim().toUpperCase(Locale.ROOT);
        return UUID.matcher(upper).matches() && !UUIDS.contains(upper) ? upper : null;
    }
}
