package org.shopdb.testkit.karaf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Hashtable;
import java.util.Properties;

import org.ops4j.pax.url.mvn.MavenResolver;
import org.ops4j.pax.url.mvn.MavenResolvers;

/**
 * The ShopDB distribution a container boots: the {@code shopdb-assembly} archive of the
 * ShopDB release this kit belongs to, resolved from the Maven repository as any dependency
 * (the local one, then the remote ones Maven's settings name), or the archive
 * {@value #PROPERTY} names ({@code mvn:} coordinates, a {@code file:} URL or a path).
 */
final class DistributionArchive {

    /** System property: another distribution archive than this kit's release. */
    static final String PROPERTY = "shopdb.test.distribution";
    /** Pax URL's system property for the local Maven repository (the build sets it to Maven's own). */
    static final String LOCAL_REPOSITORY = "org.ops4j.pax.url.mvn.localRepository";

    private DistributionArchive() {
    }

    /** The ShopDB release of this kit, e.g. {@code 0.1.0}. */
    static String kitVersion() {
        try (InputStream in = DistributionArchive.class.getResourceAsStream("shopdb-testkit-karaf.properties")) {
            if (in == null) {
                throw new IllegalStateException("shopdb-testkit-karaf.properties is missing from the kit's jar");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("shopdb.version");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the kit's version", e);
        }
    }

    /** {@code mvn:org.shopdb/shopdb-assembly/VERSION/tar.gz}, the archive {@link #resolve()} takes by default. */
    static String defaultLocation() {
        return "mvn:org.shopdb/shopdb-assembly/" + kitVersion() + "/tar.gz";
    }

    /** The archive as a file on this machine. */
    static Path resolve() {
        String location = System.getProperty(PROPERTY, "").isBlank() ? defaultLocation() : System.getProperty(PROPERTY).strip();
        if (location.startsWith("mvn:")) {
            return fromMaven(location);
        }
        Path archive = location.startsWith("file:") ? Path.of(URI.create(location)) : Path.of(location);
        if (!Files.isRegularFile(archive)) {
            throw new IllegalStateException("No ShopDB distribution at " + archive + " (-D" + PROPERTY + "): give the path of a shopdb-assembly-*.tar.gz");
        }
        return archive.toAbsolutePath();
    }

    private static Path fromMaven(String location) {
        try (MavenResolver resolver = MavenResolvers.createMavenResolver(new Hashtable<>(), "org.ops4j.pax.url.mvn")) {
            return resolver.resolve(location).toPath().toAbsolutePath();
        } catch (IOException e) {
            throw new IllegalStateException("The ShopDB distribution " + location + " is not in the Maven repository (local: "
                    + System.getProperty(LOCAL_REPOSITORY, "~/.m2/repository") + "). Install it (mvn install in a ShopDB checkout), "
                    + "point Maven at your site's repository manager, or set -D" + PROPERTY + "=<path of a shopdb-assembly-*.tar.gz>. "
                    + "Cause: " + e.getMessage(), e);
        }
    }
}
