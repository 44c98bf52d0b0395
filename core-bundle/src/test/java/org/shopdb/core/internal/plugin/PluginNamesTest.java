package org.shopdb.core.internal.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

class PluginNamesTest {

    @Test
    void plainLowerCaseNamesAreServed() {
        assertEquals(Optional.empty(), PluginNames.problem("cameras"));
        assertEquals(Optional.empty(), PluginNames.problem("plc7"));
    }

    @Test
    void malformedNamesAreRefusedInWords() {
        for (String name : List.of("", "x", "Cameras", "ip-phones", "7up", "a".repeat(32))) {
            String problem = PluginNames.problem(name).orElseThrow();
            assertTrue(problem.contains("lower-case letters and digits"), problem);
        }
    }

    @Test
    void aNameTakenByACoreCollectionIsRefused() {
        assertEquals(Optional.of("plugin name 'assets' is taken by the core's /api/assets"), PluginNames.problem("assets"));
    }

    /** A core resource added later must not be shadowed by a plugin of the same name. */
    @Test
    void everyCoreResourceIsAReservedName() throws IOException, URISyntaxException {
        Path classes = Path.of(PluginNames.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> firstSegments;
        try (Stream<Path> files = Files.walk(classes)) {
            firstSegments = files.filter(file -> file.toString().endsWith(".class"))
                    .map(file -> classes.relativize(file).toString().replace('/', '.').replace(".class", ""))
                    .map(PluginNamesTest::load)
                    .map(type -> type.getAnnotation(javax.ws.rs.Path.class))
                    .filter(path -> path != null)
                    .map(path -> path.value().replaceAll("^/+", "").split("[/{]")[0])
                    .toList();
        }
        assertFalse(firstSegments.isEmpty(), "found the core's resources");
        for (String segment : firstSegments) {
            assertTrue(PluginNames.CORE_SEGMENTS.contains(segment.replace(".json", "")),
                    "/api/" + segment + " is missing from PluginNames.CORE_SEGMENTS");
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, PluginNamesTest.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            throw new AssertionError("cannot load " + name, e);
        }
    }
}
