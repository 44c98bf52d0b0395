package org.shopdb.testkit.karaf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The container's log, {@code data/log/karaf.log}, as it is at the moment of asking. Lines
 * read {@code timestamp | LEVEL | thread | bundle | logger | message}; a stack trace
 * continues on lines of its own.
 */
public final class ContainerLog {

    private final Path file;

    ContainerLog(Path file) {
        this.file = file;
    }

    /** Where the log is, e.g. to print it when a test fails. */
    public Path file() {
        return file;
    }

    /** Every line so far (none before the container wrote its first). */
    public List<String> lines() {
        if (!Files.exists(file)) {
            return List.of();
        }
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the container's log " + file, e);
        }
    }

    /** The lines logged at {@code level} ({@code ERROR}, {@code WARN}, {@code INFO}, {@code DEBUG}). */
    public List<String> lines(String level) {
        String marker = String.format("| %-5s |", level);
        return lines().stream().filter(line -> line.contains(marker)).toList();
    }

    /** The {@code ERROR} lines. */
    public List<String> errors() {
        return lines("ERROR");
    }

    /** The lines that contain every one of {@code fragments}. */
    public List<String> linesContaining(String... fragments) {
        return lines().stream().filter(line -> Arrays.stream(fragments).allMatch(line::contains)).toList();
    }
}
