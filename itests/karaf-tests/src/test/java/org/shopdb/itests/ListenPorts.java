package org.shopdb.itests;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Ports for the containers' listeners (HTTP, SSH, JMX), picked below the kernel's ephemeral
 * range. A port that {@code new ServerSocket(0)} hands out lies inside that range, where any
 * outgoing connection may take it as its local port in the seconds between picking it and the
 * container binding it; the container's SSH server then fails to start and never retries.
 */
public final class ListenPorts {

    private static final Path EPHEMERAL_RANGE = Path.of("/proc/sys/net/ipv4/ip_local_port_range");
    private static final int LOWEST = 10000;
    private static final int DEFAULT_EPHEMERAL_START = 32768;
    /** Pax Exam's own RMI registries take ports from here. */
    private static final int PAX_EXAM_RMI_FIRST = 21000;
    private static final int PAX_EXAM_RMI_LAST = 21099;
    private static final int ATTEMPTS = 500;

    private ListenPorts() {
    }

    /** A port nothing listens on now, on loopback or any interface, outside the ephemeral range. */
    public static int pick() {
        int end = ephemeralStart();
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            int port = random.nextInt(LOWEST, end);
            if ((port < PAX_EXAM_RMI_FIRST || port > PAX_EXAM_RMI_LAST) && bindable(port)) {
                return port;
            }
        }
        throw new IllegalStateException("No free port between " + LOWEST + " and " + end + " after " + ATTEMPTS + " tries");
    }

    private static boolean bindable(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(port));
            return true;
        } catch (IOException taken) {
            return false;
        }
    }

    /** Where the kernel's ephemeral range starts; Linux's default where it cannot be read. */
    private static int ephemeralStart() {
        try {
            int start = Integer.parseInt(Files.readString(EPHEMERAL_RANGE).strip().split("\\s+")[0]);
            return start > LOWEST + 1000 ? start : DEFAULT_EPHEMERAL_START;
        } catch (IOException | NumberFormatException unreadable) {
            return DEFAULT_EPHEMERAL_START;
        }
    }
}
