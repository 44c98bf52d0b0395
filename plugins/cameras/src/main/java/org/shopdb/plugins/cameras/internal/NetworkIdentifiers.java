package org.shopdb.plugins.cameras.internal;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * Network identifiers in the form the platform stores them ({@link org.shopdb.api.asset.NetworkAddress}:
 * MAC as {@code AA:BB:CC:DD:EE:FF}, hostnames and IPv6 in lower case), so that incoming values
 * can be compared with stored ones and MAC addresses looked up. Malformed input yields the
 * trimmed text itself: it then differs from anything stored, and the core rejects it on write.
 */
public final class NetworkIdentifiers {

    private NetworkIdentifiers() {
    }

    public static String mac(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String digits = raw.trim().replaceAll("[:.\\-]", "").toUpperCase(Locale.ROOT);
        if (!digits.matches("[0-9A-F]{12}")) {
            return raw.trim();
        }
        return String.join(":", digits.substring(0, 2), digits.substring(2, 4), digits.substring(4, 6),
                digits.substring(6, 8), digits.substring(8, 10), digits.substring(10, 12));
    }

    public static String ip(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String value = raw.trim();
        if (value.contains(":") && value.matches("[0-9a-fA-F:.]+")) {
            try {
                // A literal of hex digits, colons and dots is parsed, never looked up in DNS.
                return InetAddress.getByName(value).getHostAddress().toLowerCase(Locale.ROOT);
            } catch (UnknownHostException notAnAddress) {
                return value;
            }
        }
        return value;
    }

    public static String hostname(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String value = raw.trim().toLowerCase(Locale.ROOT);
        return value.endsWith(".") ? value.substring(0, value.length() - 1) : value;
    }
}
