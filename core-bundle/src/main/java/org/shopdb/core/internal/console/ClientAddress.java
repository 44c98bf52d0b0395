package org.shopdb.core.internal.console;

/**
 * The client's host as the HTTP login sees it ({@code 127.0.0.1}, {@code 0:0:0:0:0:0:0:1}),
 * from the address Karaf records for a console login: the SSH server gives a socket
 * address ({@code /127.0.0.1:50312}, {@code /[0:0:0:0:0:0:0:1]:50312}), JMX a bare host.
 * The port changes with every connection, so it must not be part of the throttling key.
 */
final class ClientAddress {

    private ClientAddress() {
    }

    static String host(String address) {
        if (address == null) {
            return "";
        }
        String host = address.trim();
        int slash = host.lastIndexOf('/');
        if (slash >= 0) {
            host = host.substring(slash + 1);
        }
        if (host.startsWith("[")) {
            int end = host.indexOf(']');
            return end > 0 ? host.substring(1, end) : host.substring(1);
        }
        int colon = host.indexOf(':');
        boolean hostAndPort = colon >= 0 && colon == host.lastIndexOf(':');
        return hostAndPort ? host.substring(0, colon) : host;
    }
}
