package org.shopdb.deploychecks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The {@code SHOPDB_*} environment variables ShopDB reads, found by name in the main
 * sources of its modules: Java, Karaf's {@code etc/*.cfg} ({@code $[env:NAME]}) and the
 * {@code bin/} scripts. A name ending in '_' is a wildcard in prose ({@code SHOPDB_DB_*}),
 * not a variable.
 */
final class ShopdbEnvironmentReads {

    /** The folders of ShopDB's shipped code (plugins/ holds every plugin module). */
    static final List<String> MODULES = List.of("api-bundle", "core-bundle", "plugins", "features", "karaf-assembly");

    private static final Pattern NAME = Pattern.compile("(?<![A-Za-z0-9_])SHOPDB_[A-Z0-9_]+");

    private ShopdbEnvironmentReads() {
    }

    /** Each variable name with the files (relative to the repository root) that mention it. */
    static Map<String, Set<String>> scan() {
        Map<String, Set<String>> names = new TreeMap<>();
        for (String module : MODULES) {
            Path folder = Repo.path(module);
            if (Files.isDirectory(folder)) {
                mainSources(folder).forEach(file -> collect(file, names));
            }
        }
        return names;
    }

    private static List<Path> mainSources(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> {
                        String path = Repo.root().relativize(file).toString().replace('\\', '/');
                        return path.contains("/src/main/") && !path.contains("/target/");
                    })
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + folder, e);
        }
    }

    private static void collect(Path file, Map<String, Set<String>> names) {
        String relative = Repo.root().relativize(file).toString().replace('\\', '/');
        Matcher matcher = NAME.matcher(readLeniently(file));
        while (matcher.find()) {
            String name = matcher.group();
            if (!name.endsWith("_")) {
                names.computeIfAbsent(name, n -> new TreeSet<>()).add(relative);
            }
        }
    }

    /** Every byte maps to a character in ISO-8859-1, so no source file fails to decode. */
    private static String readLeniently(Path file) {
        try {
            return Files.readString(file, StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }
}
