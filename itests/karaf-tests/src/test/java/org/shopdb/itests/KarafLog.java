package org.shopdb.itests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;

/** Reads the container's own log, {@code data/log/karaf.log}. */
public final class KarafLog {

    private KarafLog() {
    }

    /** Number of ERROR lines that contain every one of {@code fragments}. */
    public static long errorLinesContaining(String... fragments) throws IOException {
        Path log = Path.of(System.getProperty("karaf.data"), "log", "karaf.log");
        try (Stream<String> lines = Files.lines(log)) {
            return lines.filter(line -> line.contains("| ERROR |"))
                    .filter(line -> Arrays.stream(fragments).allMatch(line::contains))
                    .count();
        }
    }
}
