package org.shopdb.deploychecks;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * The Karaf distribution as the build made it ({@code karaf-assembly/target/assembly}):
 * what ships is checked there, overlays and plugin-generated files alike.
 */
final class BuiltAssembly {

    private final Path root;

    private BuiltAssembly(Path root) {
        this.root = root;
    }

    static BuiltAssembly read() {
        Path root = Repo.path(DockerBuildMatchesMavenBuildTest.assemblyModule()).resolve(DockerBuildMatchesMavenBuildTest.ASSEMBLY_OUTPUT);
        assertTrue(Files.isDirectory(root.resolve("etc")), "distribution not built (" + root + "): run mvn install");
        return new BuiltAssembly(root);
    }

    Path path(String relative) {
        return root.resolve(relative);
    }

    /** A properties or .cfg file of the distribution, as Java reads properties. */
    Properties properties(String relative) {
        Path file = root.resolve(relative);
        if (!Files.isRegularFile(file)) {
            fail("the built distribution has no " + relative);
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
        return properties;
    }
}
