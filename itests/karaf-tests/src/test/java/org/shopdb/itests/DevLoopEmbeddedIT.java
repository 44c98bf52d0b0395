package org.shopdb.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.stream.Stream;

import javax.inject.Inject;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.OptionUtils;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

/**
 * The plugin developer's loop of docs/PLUGIN-QUICKSTART.md on the running distribution: a
 * rebuilt plugin replaces the running one, without a container restart, both ways the
 * quickstart documents. "Rebuilding" is copying the second build of the devloop test plugin
 * (build 2, with one more route) where Maven or the developer would put it. The database plays
 * no part, so the embedded one is enough.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class DevLoopEmbeddedIT {

    static final String FIRST_BUILD = "shopdb.devloop.bundle";
    static final String SECOND_BUILD = "shopdb.devloop.v2.bundle";
    static final String LOCAL_REPOSITORY = "shopdb.it.localRepository";
    /** Coordinates no build writes: the test plays `mvn install` for them. */
    static final String WATCHED = "mvn:org.shopdb.itests/shopdb-itest-devloop-watched/0.1.0-SNAPSHOT";
    static final String WATCHED_PATH = "org/shopdb/itests/shopdb-itest-devloop-watched/0.1.0-SNAPSHOT/shopdb-itest-devloop-watched-0.1.0-SNAPSHOT.jar";
    private static final Duration BOOT = Duration.ofSeconds(90);
    private static final Duration LIVE = Duration.ofSeconds(60);

    @Inject
    protected BundleContext context;

    private final Http admin = new Http();

    @Configuration
    public Option[] config() {
        String localRepository = ShopdbDistribution.required("org.ops4j.pax.url.mvn.localRepository");
        return OptionUtils.combine(ShopdbDistribution.with(),
                systemProperty(LOCAL_REPOSITORY).value(localRepository),
                systemProperty(FIRST_BUILD).value(ShopdbDistribution.required(FIRST_BUILD)),
                systemProperty(SECOND_BUILD).value(ShopdbDistribution.required(SECOND_BUILD)));
    }

    /** {@code bundle:install mvn:…-SNAPSHOT}, {@code bundle:watch}, then every {@code mvn install} is live. */
    @Test
    public void bundleWatchReplacesTheBundleWhenMvnInstallRewritesItInTheLocalRepository() throws Exception {
        admin.awaitStatus("/api/assettypes", 200, BOOT);
        Path installed = Path.of(System.getProperty(LOCAL_REPOSITORY), WATCHED_PATH);
        KarafShell shell = new KarafShell(context);
        Bundle bundle = null;
        try {
            mvnInstall(FIRST_BUILD, installed);
            shell.execute("bundle:install -s " + WATCHED);
            bundle = new InContainer(context).bundle("org.shopdb.itests.devloop");
            assertEquals(WATCHED, bundle.getLocation());
            // by symbolic name, as docs/PLUGIN-QUICKSTART.md shows it
            shell.execute("bundle:watch --start " + bundle.getSymbolicName());
            awaitBuild("1");
            Http.Reply added = admin.get("/api/devloop/added");
            assertEquals("the first build has no such route: " + added.body() + " " + devloopBundles(), 404, added.status());

            mvnInstall(SECOND_BUILD, installed);
            awaitBuild("2");
            assertEquals(200, admin.awaitStatus("/api/devloop/added", 200, LIVE).status());
            assertEquals("updated in place, not reinstalled", bundle.getBundleId(),
                    new InContainer(context).bundle("org.shopdb.itests.devloop").getBundleId());
            assertEquals("the core kept serving", 200, admin.get("/api/assettypes").status());
        } finally {
            if (bundle != null) {
                shell.execute("bundle:watch --remove " + bundle.getSymbolicName());
                bundle.uninstall();
            }
            deleteArtifact(installed);
        }
        admin.awaitStatus("/api/devloop", 404, LIVE);
    }

    /** A jar copied into {@code deploy/} is installed; copying the next build over it updates it; deleting it uninstalls. */
    @Test
    public void aJarInTheDeployFolderIsInstalledReplacedAndRemoved() throws Exception {
        admin.awaitStatus("/api/assettypes", 200, BOOT);
        Path deployed = Path.of(System.getProperty("karaf.base"), "deploy", "shopdb-devloop.jar");
        try {
            copy(FIRST_BUILD, deployed);
            awaitBuild("1");
            long firstId = new InContainer(context).bundle("org.shopdb.itests.devloop").getBundleId();

            copy(SECOND_BUILD, deployed);
            awaitBuild("2");
            admin.awaitStatus("/api/devloop/added", 200, LIVE);
            assertEquals("updated in place, not reinstalled", firstId,
                    new InContainer(context).bundle("org.shopdb.itests.devloop").getBundleId());
        } finally {
            Files.deleteIfExists(deployed);
        }
        admin.awaitStatus("/api/devloop", 404, LIVE);
        assertTrue("deleting the jar uninstalls the bundle", awaitUninstalled("org.shopdb.itests.devloop"));
    }

    private void awaitBuild(String build) throws Exception {
        Instant deadline = Instant.now().plus(LIVE);
        String seen = null;
        while (Instant.now().isBefore(deadline)) {
            Http.Reply reply = admin.get("/api/devloop");
            if (reply.status() == 200) {
                seen = reply.json().path("data").path("build").asText();
                if (build.equals(seen)) {
                    return;
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("GET /api/devloop did not report build " + build + " within " + LIVE + " (last seen: " + seen + ")");
    }

    private String devloopBundles() {
        StringBuilder found = new StringBuilder();
        for (Bundle bundle : context.getBundles()) {
            if ("org.shopdb.itests.devloop".equals(bundle.getSymbolicName())) {
                found.append('[').append(bundle.getBundleId()).append(' ').append(bundle.getLocation()).append(' ')
                        .append(bundle.getHeaders().get("ShopDB-Itest-Build")).append(' ').append(bundle.getState()).append(']');
            }
        }
        return found.toString();
    }

    private boolean awaitUninstalled(String symbolicName) throws InterruptedException {
        Instant deadline = Instant.now().plus(LIVE);
        while (Instant.now().isBefore(deadline)) {
            if (new InContainer(context).bundle(symbolicName) == null) {
                return true;
            }
            Thread.sleep(200);
        }
        return false;
    }

    /** What {@code mvn install} does to the watched file: a new jar with a newer modification time. */
    private static void mvnInstall(String build, Path target) throws IOException {
        copy(build, target);
        // the watcher compares this with the bundle's last modification: make "newer" certain within one second
        Files.setLastModifiedTime(target, FileTime.from(Instant.now().plusSeconds(2)));
    }

    /** The whole file at once, so that neither the watcher nor the deployer ever reads half a jar. */
    private static void copy(String build, Path target) throws IOException {
        Files.createDirectories(target.getParent());
        Path partial = Files.createTempFile(Path.of(System.getProperty("karaf.data")), "devloop", ".tmp");
        Files.copy(Path.of(System.getProperty(build)), partial, StandardCopyOption.REPLACE_EXISTING);
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
    }

    private static void deleteArtifact(Path jar) throws IOException {
        Path versionDirectory = jar.getParent();
        if (Files.isDirectory(versionDirectory)) {
            try (Stream<Path> files = Files.walk(versionDirectory.getParent())) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
    }
}
