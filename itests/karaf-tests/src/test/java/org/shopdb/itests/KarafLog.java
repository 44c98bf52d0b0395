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
        return linesContaining("ERROR", fragments);
    }

    /** Number of WARN lines that contain every one of {@code fragments}. */
    public static long warnLinesContaining(String... fragments) throws IOException {
        return linesContaining("WARN", fragments);
    }

    /** Number of INFO lines that contain every one of {@code fragments}. */
    public static long infoLinesContaining(String... fragments) throws IOException {
        return linesContaining("INFO", fragments);
    }

    private static long linesContaining(String level, String... fragments) throws IOException {
        Path log = Path.of(System.getProperty("karaf.data"), "log", "karaf.log");
        String marker = String.format("| %-5s |", level);
        try (Stream<String> lines = Files.lines(log)) {
            return lines.filter(line -> line.contains(marker))
                    .filter(line -> Arrays.stream(fragments).allMatch(line::contains))
                    .count();
        }
    }
}
