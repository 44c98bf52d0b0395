package org.shopdb.itests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/** Reads the container's own log, {@code data/log/karaf.log}. */
public final class KarafLog {

    /** Longest excerpt, in characters. */
    private static final int EXCERPT_CHARACTERS = 8000;

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

    /**
     * The lines that contain {@code fragment}, each with the {@code following} lines after it (a stack
     * trace's head), at most {@value #EXCERPT_CHARACTERS} characters: for a failure message.
     */
    public static String excerpt(String fragment, int following) throws IOException {
        List<String> lines = Files.readAllLines(log());
        StringBuilder excerpt = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(fragment)) {
                lines.subList(i, Math.min(lines.size(), i + 1 + following)).forEach(line -> excerpt.append(line).append('\n'));
            }
        }
        return excerpt.length() <= EXCERPT_CHARACTERS ? excerpt.toString() : excerpt.substring(0, EXCERPT_CHARACTERS) + "\n[…]";
    }

    /**
     * The last {@code count} WARN and ERROR lines, a run of lines that differ only in time and thread
     * (a request polled in a loop) shown once with how often it came.
     */
    public static String latestWarningsAndErrors(int count) throws IOException {
        List<String> runs = new ArrayList<>();
        String lastMessage = null;
        int repeated = 0;
        for (String line : Files.readAllLines(log())) {
            if (!line.contains(marker("WARN")) && !line.contains(marker("ERROR"))) {
                continue;
            }
            String message = line.substring(line.indexOf('|', line.indexOf('|', line.indexOf('|') + 1) + 1));
            if (message.equals(lastMessage)) {
                repeated++;
                continue;
            }
            if (repeated > 0) {
                runs.add("  (the line above " + repeated + " more times)");
            }
            runs.add(line);
            lastMessage = message;
            repeated = 0;
        }
        if (repeated > 0) {
            runs.add("  (the line above " + repeated + " more times)");
        }
        return last(runs, count);
    }

    /** The last {@code count} lines that contain {@code fragment}, each cut at 300 characters. */
    public static String latestLinesContaining(String fragment, int count) throws IOException {
        List<String> lines = Files.readAllLines(log()).stream().filter(line -> line.contains(fragment))
                .map(line -> line.length() <= 300 ? line : line.substring(0, 300) + "…").toList();
        return last(lines, count);
    }

    private static String last(List<String> lines, int count) {
        List<String> latest = lines.subList(Math.max(0, lines.size() - count), lines.size());
        return latest.isEmpty() ? "(none)" : String.join("\n", latest);
    }

    /** How the container's log layout marks a line of {@code level}. */
    private static String marker(String level) {
        return String.format("| %-5s |", level);
    }

    private static Path log() {
        return Path.of(System.getProperty("karaf.data"), "log", "karaf.log");
    }

    private static long linesContaining(String level, String... fragments) throws IOException {
        Path log = log();
        String marker = marker(level);
        try (Stream<String> lines = Files.lines(log)) {
            return lines.filter(line -> line.contains(marker))
                    .filter(line -> Arrays.stream(fragments).allMatch(line::contains))
                    .count();
        }
    }
}
