package org.shopdb.plugins.agents.internal.mapping;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.shopdb.api.error.ValidationException;

/**
 * The address a device is polled and known at (the network and printers collectors' natural
 * key): the first usable IPv4 address the agent lists for it, else the first usable IPv6 one.
 * Loopback, link-local and unspecified addresses, which devices list beside their real ones
 * (a printer's {@code 0.0.0.0} and {@code 127.0.0.1}), never count.
 */
final class ManagementAddress {

    private static final Pattern IPV4 = Pattern.compile("(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:]*:[0-9A-Fa-f:.]*");

    private ManagementAddress() {
    }

    /** @throws ValidationException naming {@code content.network_device.ips} when the device lists no usable address */
    static String of(List<String> ips) {
        for (String ip : ips) {
            if (IPV4.matcher(ip).matches() && !ip.startsWith("127.") && !ip.startsWith("169.254.") && !ip.startsWith("0.")) {
                return ip;
            }
        }
        for (String ip : ips) {
            String lower = ip.toLowerCase(Locale.ROOT);
            if (IPV6.matcher(ip).matches() && !lower.equals("::1") && !lower.equals("::") && !lower.startsWith("fe80:")) {
                return lower;
            }
        }
        throw ValidationException.of("content.network_device.ips", "the device lists no usable IP address " + ips
                + ": the address it is polled at identifies it");
    }
}
