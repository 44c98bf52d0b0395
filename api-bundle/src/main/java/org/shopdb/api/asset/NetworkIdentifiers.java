package org.shopdb.api.asset;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Checks and normalises network identifiers the way they are stored and searched:
 * IPv4 dotted quads, IPv6 in lower case, MAC as {@code AA:BB:CC:DD:EE:FF} whatever the
 * notation given, hostnames in lower case.
 */
public final class NetworkIdentifiers {

    private static final Pattern IPV4 = Pattern.compile("((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)");
    private static final Pattern IPV6_CHARS = Pattern.compile("[0-9a-fA-F:.]+");
    private static final Pattern MAC_SEPARATORS = Pattern.compile("[:.\\-]");
    private static final Pattern MAC_DIGITS = Pattern.compile("[0-9A-F]{12}");
    private static final Pattern HOST_LABEL = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");

    private NetworkIdentifiers() {
    }

    /** @return the normalised address, or {@code null} when {@code raw} is not an IP address */
    public static String ip(String raw) {
        String value = raw.trim();
        if (IPV4.matcher(value).matches()) {
            return value;
        }
        if (value.contains(":") && IPV6_CHARS.matcher(value).matches()) {
            try {
                // A literal (only hex digits, colons, dots) is parsed, never looked up in DNS.
                return InetAddress.getByName(value).getHostAddress().toLowerCase(Locale.ROOT);
            } catch (UnknownHostException notAnAddress) {
                return null;
            }
        }
        return null;
    }

    /** @return {@code AA:BB:CC:DD:EE:FF}, or {@code null} when {@code raw} is not a MAC address */
    public static String mac(String raw) {
        String digits = MAC_SEPARATORS.matcher(raw.trim()).replaceAll("").toUpperCase(Locale.ROOT);
        if (!MAC_DIGITS.matcher(digits).matches()) {
            return null;
        }
        StringBuilder mac = new StringBuilder(17);
        for (int i = 0; i < 12; i += 2) {
            if (i > 0) {
                mac.append(':');
            }
            mac.append(digits, i, i + 2);
        }
        return mac.toString();
    }

    /** @return the lower-case hostname, or {@code null} when {@code raw} is not a valid hostname */
    public static String hostname(String raw) {
        String value = raw.trim().toLowerCase(Locale.ROOT);
        if (value.endsWith(".")) {
            value = value.substring(0, value.length() - 1);
        }
        if (value.isEmpty() || value.length() > 253) {
            return null;
        }
        for (String label : value.split("\\.", -1)) {
            if (!HOST_LABEL.matcher(label).matches()) {
                return null;
            }
        }
        return value;
    }
}
