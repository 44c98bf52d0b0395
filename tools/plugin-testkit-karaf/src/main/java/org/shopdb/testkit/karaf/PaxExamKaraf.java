package org.shopdb.testkit.karaf;

import static org.ops4j.pax.exam.CoreOptions.vmOption;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.configureConsole;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.karafDistributionConfiguration;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.keepRuntimeFolder;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.logLevel;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.ops4j.pax.exam.CoreOptions;
import org.ops4j.pax.exam.ExamSystem;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.TestContainer;
import org.ops4j.pax.exam.karaf.options.LogLevelOption.LogLevel;
import org.ops4j.pax.exam.spi.DefaultExamSystem;
import org.ops4j.pax.exam.spi.PaxExamRuntime;
import org.shopdb.launch.KarafJvmOptions;

/**
 * The distribution unpacked and started by Pax Exam's Karaf container in its own JVM, in
 * "server mode": no test probe goes into it, the tests stay in the test JVM and talk to it
 * over its ports. Configured only through its environment and its free loopback ports.
 */
final class PaxExamKaraf {

    static final String LOOPBACK = "127.0.0.1";

    private final ExamSystem system;
    private final TestContainer container;
    private final Path unpackDirectory;
    private final Path home;

    private PaxExamKaraf(ExamSystem system, TestContainer container, Path unpackDirectory, Path home) {
        this.system = system;
        this.container = container;
        this.unpackDirectory = unpackDirectory;
        this.home = home;
    }

    /** Unpacks {@code archive} into {@code unpackDirectory} (which must not exist yet) and starts it with {@code environment}. */
    static PaxExamKaraf start(Path archive, Path unpackDirectory, Map<String, String> environment) {
        List<Option> options = new ArrayList<>(List.of(
                karafDistributionConfiguration().frameworkUrl(archive.toUri().toString()).name("ShopDB")
                        .unpackDirectory(unpackDirectory.toFile()).useDeployFolder(false),
                keepRuntimeFolder(),
                configureConsole().ignoreLocalConsole().startRemoteShell(),
                logLevel(LogLevel.INFO),
                // bin/setenv's setting (Pax Exam starts the JVM itself): a jar of the Aries JAX-RS bundle trips newer JDKs' zip check
                vmOption("-Djdk.util.zip.disableZip64ExtraFieldValidation=true"),
                // HTTP on loopback only, like SSH (SHOPDB_SSH_HOST) and JMX (the distribution's default)
                editConfigurationFilePut("etc/org.ops4j.pax.web.cfg", "org.ops4j.pax.web.listening.addresses", LOOPBACK),
                editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiRegistryPort", Integer.toString(freePort())),
                editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiServerPort", Integer.toString(freePort()))));
        // Pax Exam starts the JVM itself: with bin/karaf's module options, as in production
        KarafJvmOptions.ofTheDistribution().forEach(option -> options.add(vmOption(option)));
        String localRepository = System.getProperty(DistributionArchive.LOCAL_REPOSITORY, "");
        if (!localRepository.isBlank()) {
            // the container finds what the build just installed (a plugin's features repository) where the build put it
            options.add(editConfigurationFilePut("etc/org.ops4j.pax.url.mvn.cfg", DistributionArchive.LOCAL_REPOSITORY, localRepository));
        }
        environment.forEach((name, value) -> options.add(CoreOptions.environment(name + "=" + value)));
        try {
            ExamSystem system = DefaultExamSystem.create(options.toArray(Option[]::new));
            TestContainer container = PaxExamRuntime.createContainer(system);
            startWithoutOurStandardInput(container);
            return new PaxExamKaraf(system, container, unpackDirectory, findHome(unpackDirectory));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start ShopDB from " + archive, e);
        }
    }

    /**
     * Pax Exam pipes this JVM's standard input into Karaf's for as long as Karaf runs. Under
     * Maven that input is surefire's command channel: the pipe would swallow surefire's
     * commands, and the test JVM would then hang 30 s at its exit and be killed, failing the
     * build now and then ("Surefire is going to kill self fork JVM"). Karaf gets an empty input
     * instead; surefire keeps reading the real one, which it holds on to.
     */
    private static void startWithoutOurStandardInput(TestContainer container) {
        InputStream standardInput = System.in;
        System.setIn(InputStream.nullInputStream());
        try {
            container.start();
        } finally {
            System.setIn(standardInput);
        }
    }

    /** {@code karaf.home}: the unpacked distribution ({@code bin/}, {@code etc/}, {@code data/}). */
    Path home() {
        return home;
    }

    void stop() {
        try {
            container.stop();
        } finally {
            system.clear();
        }
    }

    /** Removes the unpacked distribution, its log and embedded database included. */
    void deleteFiles() {
        try (Stream<Path> files = Files.walk(unpackDirectory)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete " + unpackDirectory, e);
        }
    }

    /** Pax Exam unpacks into a folder of its own naming inside {@code unpackDirectory}. */
    private static Path findHome(Path unpackDirectory) throws IOException {
        try (Stream<Path> folders = Files.walk(unpackDirectory, 3)) {
            return folders.filter(folder -> Files.isRegularFile(folder.resolve("bin/shopdb-shell"))).findFirst()
                    .orElseThrow(() -> new IllegalStateException("No ShopDB distribution (bin/shopdb-shell) unpacked in " + unpackDirectory));
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(LOOPBACK))) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free port", e);
        }
    }
}
