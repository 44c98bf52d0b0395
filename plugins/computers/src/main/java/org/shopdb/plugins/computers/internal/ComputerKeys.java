package org.shopdb.plugins.computers.internal;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The identity values of a computer as they are stored and looked up: hostnames in lower case
 * (names on a network ignore case), hardware UUIDs as {@code 4C4C4544-0042-3510-8052-B4C04F4A4D32}
 * whether sent with or without dashes, in either case. Values that are no hostname or UUID stay
 * as sent (trimmed), for the field schema to refuse by name.
 */
public final class ComputerKeys {

    private static final Pattern HEX_32 = Pattern.compile("[0-9A-F]{32}");

    private ComputerKeys() {
    }

    public static String hostname(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String value = raw.trim().toLowerCase(Locale.ROOT);
        return value.endsWith(".") ? value.substring(0, value.length() - 1) : value;
    }

    public static String hardwareUuid(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String value = raw.trim().toUpperCase(Locale.ROOT);
        String digits = value.replace("-", "");
        if (!HEX_32.matcher(digits).matches()) {
            return value;
        }
        return digits.substring(0, 8) + "-" + digits.substring(8, 12) + "-" + digits.substring(12, 16) + "-" + digits.substring(16, 20) + "-"
                + digits.substring(20);
    }

    /** A copy of request or record values with {@code hostname} and {@code hardwareuuid} (where present as text) normalised. */
    public static Map<String, Object> normalised(Map<String, ?> values) {
        Map<String, Object> normal = new LinkedHashMap<>(values);
        if (values.get("hostname") instanceof String hostname) {
            normal.put("hostname", hostname(hostname));
        }
        if (values.get("hardwareuuid") instanceof String uuid) {
            normal.put("hardwareuuid", hardwareUuid(uuid));
        }
        return normal;
    }
}
