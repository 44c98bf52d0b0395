package org.shopdb.deploychecks;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * The repository these checks look at. Surefire passes its root as {@code shopdb.repo.root};
 * run from an IDE, the parent of the working directory (this module) is taken.
 */
final class Repo {

    static final String DOCKERFILE = "docker/Dockerfile";
    static final String COMPOSE_FILE = "docker/docker-compose.yml";
    static final String ENV_EXAMPLE = "docker/.env.example";

    private static final Path ROOT = locateRoot();

    private Repo() {
    }

    static Path root() {
        return ROOT;
    }

    static Path path(String relative) {
        return ROOT.resolve(relative);
    }

    /** The file's text; fails the calling test, naming the file, when it is missing. */
    static String read(String relative) {
        Path file = path(relative);
        if (!Files.isRegularFile(file)) {
            fail(relative + " is missing (looked for " + file + ")");
        }
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    private static Path locateRoot() {
        String configured = System.getProperty("shopdb.repo.root");
        Path root = configured != null
                ? Paths.get(configured)
                : Paths.get(System.getProperty("user.dir")).getParent();
        root = root.toAbsolutePath().normalize();
        if (!Files.isRegularFile(root.resolve("pom.xml"))) {
            throw new IllegalStateException("No pom.xml in " + root + ": set -Dshopdb.repo.root to the repository root");
        }
        return root;
    }
}
