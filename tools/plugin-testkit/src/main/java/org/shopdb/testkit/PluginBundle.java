package org.shopdb.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;

import org.shopdb.api.plugin.PluginCapabilities;

/** A built plugin bundle (its jar), read as the OSGi framework and ShopDB will read it. */
public final class PluginBundle {

    /** Manifest header naming the bundle's Liquibase changelog. */
    public static final String CHANGELOG_HEADER = "ShopDB-Changelog";

    private final Path jar;
    private final Attributes manifest;

    private PluginBundle(Path jar, Attributes manifest) {
        this.jar = jar;
        this.manifest = manifest;
    }

    public static PluginBundle of(Path jar) {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalArgumentException("No plugin bundle at " + jar + ": build it first (mvn package)");
        }
        try (JarFile file = new JarFile(jar.toFile())) {
            if (file.getManifest() == null) {
                throw new IllegalArgumentException(jar + " has no META-INF/MANIFEST.MF: is it built by maven-bundle-plugin?");
            }
            return new PluginBundle(jar, file.getManifest().getMainAttributes());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + jar, e);
        }
    }

    public Path jar() {
        return jar;
    }

    public Optional<String> header(String name) {
        return Optional.ofNullable(manifest.getValue(name)).map(String::trim).filter(value -> !value.isEmpty());
    }

    /** The {@code shopdb.plugin} capabilities the bundle provides (exactly one for a well-formed plugin). */
    List<ManifestClauses.Clause> pluginCapabilities() {
        return ManifestClauses.parse(manifest.getValue("Provide-Capability")).stream()
                .filter(clause -> clause.name().equals(PluginCapabilities.PLUGIN_NAMESPACE)).toList();
    }

    /** The {@code shopdb.api} requirements of the bundle. */
    List<ManifestClauses.Clause> apiRequirements() {
        return ManifestClauses.parse(manifest.getValue("Require-Capability")).stream()
                .filter(clause -> clause.name().equals(PluginCapabilities.API_NAMESPACE)).toList();
    }

    /** The name its {@code shopdb.plugin} capability declares ({@code /api/NAME}), if it declares one. */
    public Optional<String> pluginName() {
        return pluginCapabilities().stream().map(clause -> clause.attributes().get(PluginCapabilities.PLUGIN_NAMESPACE))
                .filter(name -> name != null && !name.isBlank()).findFirst();
    }

    /** The plugin's name, or the jar's file name when it declares none. */
    public String displayName() {
        return pluginName().orElse(jar.getFileName().toString());
    }

    public Optional<byte[]> resource(String path) {
        try (JarFile file = new JarFile(jar.toFile())) {
            ZipEntry entry = file.getEntry(path.startsWith("/") ? path.substring(1) : path);
            if (entry == null) {
                return Optional.empty();
            }
            try (InputStream in = file.getInputStream(entry)) {
                return Optional.of(in.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + path + " from " + jar, e);
        }
    }
}
