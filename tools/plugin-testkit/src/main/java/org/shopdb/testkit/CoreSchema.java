package org.shopdb.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.jar.Manifest;

import org.osgi.framework.Version;
import org.shopdb.api.plugin.PluginCapabilities;

/**
 * The ShopDB a plugin is checked against: the core's changelog and the API version, both
 * read from the shopdb-core and shopdb-api jars this test kit depends on, never copied.
 */
public final class CoreSchema {

    static final String CORE_CHANGELOG = "db/shopdb-core.xml";

    private CoreSchema() {
    }

    /** The core's tables, keys and indexes. */
    public static ChangelogSchema changelog() {
        return ChangelogSchema.read(CORE_CHANGELOG, CoreSchema::coreResource);
    }

    /** The {@code shopdb.api} version the api bundle provides. */
    public static Version apiVersion() {
        String capability = apiManifest().getMainAttributes().getValue("Provide-Capability");
        return ManifestClauses.parse(capability).stream()
                .filter(clause -> clause.name().equals(PluginCapabilities.API_NAMESPACE))
                .map(clause -> Version.parseVersion(clause.attributes().get(PluginCapabilities.VERSION_ATTRIBUTE)))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("shopdb-api provides no " + PluginCapabilities.API_NAMESPACE + " capability"));
    }

    static Optional<byte[]> coreResource(String path) {
        // The core bundle's own class loader: its changelogs, not a plugin's of the same name.
        try (InputStream in = coreLoader().getResourceAsStream(path)) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ClassLoader coreLoader() {
        try {
            return Class.forName("org.shopdb.core.internal.migration.LiquibaseMigrator").getClassLoader();
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("shopdb-core is not on the test class path", e);
        }
    }

    private static Manifest apiManifest() {
        String classFile = PluginCapabilities.class.getName().replace('.', '/') + ".class";
        String location = PluginCapabilities.class.getClassLoader().getResource(classFile).toString();
        String manifestUrl = location.substring(0, location.length() - classFile.length()) + "META-INF/MANIFEST.MF";
        try (InputStream in = new java.net.URL(manifestUrl).openStream()) {
            return new Manifest(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the shopdb-api manifest at " + manifestUrl, e);
        }
    }
}
