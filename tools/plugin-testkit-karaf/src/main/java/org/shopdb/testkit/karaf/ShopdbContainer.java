package org.shopdb.testkit.karaf;

import java.net.URI;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.shopdb.testkit.PluginContractTest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The real ShopDB distribution, booted once per test class, for a plugin's own container
 * tests (JUnit 5). Register it in a static field:
 *
 * <pre>{@code
 * class BadgereaderContainerIT {
 *
 *     @RegisterExtension
 *     static final ShopdbContainer SHOPDB = ShopdbContainer.create().withPluginUnderTest();
 *
 *     @Test
 *     void listAnswers200() {
 *         assertEquals(200, SHOPDB.api().get("/api/badgereaders").status());
 *     }
 * }
 * }</pre>
 *
 * Before the first test it resolves the ShopDB distribution ({@code shopdb-assembly} of this
 * kit's ShopDB release) from the Maven repository, starts it with Pax Exam in a JVM of its
 * own on free loopback ports, with a fresh database (the embedded one, or a database of its
 * own on a MariaDB/MySQL 8 server when {@value MariaDbDatabase#URL_PROPERTY} is set), logs in
 * as the admin with the password of this run, and installs the plugins it was given, live,
 * waiting until each is active. After the last test it stops the container and drops the
 * database; the unpacked distribution (log included) is kept under
 * {@code target/shopdb-containers/} when a test of the class failed.
 */
public final class ShopdbContainer implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterTestExecutionCallback {

    /** The user {@link #api()} is signed in as. */
    public static final String ADMIN = "admin";
    /** System property: the admin password of the run (else a random one). */
    public static final String ADMIN_PASSWORD_PROPERTY = "shopdb.test.admin.password";
    /** Where the distributions are unpacked, one folder per test class. */
    public static final Path WORK_FOLDER = Path.of("target", "shopdb-containers");

    private static final Logger LOG = LoggerFactory.getLogger(ShopdbContainer.class);
    private static final Duration BOOT = Duration.ofSeconds(240);
    private static final Duration LIVE = Duration.ofSeconds(120);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final List<Consumer<LivePlugins>> installedAtStart = new ArrayList<>();
    private final Map<String, String> environment = new LinkedHashMap<>();
    private MariaDbDatabase.Server mariaDbServer;
    private Running running;
    private int activeClasses;
    private boolean failed;

    private ShopdbContainer() {
    }

    /** A container with the defaults: the kit's ShopDB release, the database the system properties choose, no plugin. */
    public static ShopdbContainer create() {
        return new ShopdbContainer();
    }

    /** Installs this plugin jar ({@code bundle:install}) once ShopDB serves, and waits until the plugin is active. */
    public ShopdbContainer withPlugin(Path jar) {
        installedAtStart.add(plugins -> plugins.installBundle(jar));
        return this;
    }

    /**
     * Installs the plugin the build just packaged: the jar the system property
     * {@value PluginContractTest#JAR_PROPERTY} names (the plugins parent sets it for
     * {@code *ContractIT} and {@code *ContainerIT}).
     */
    public ShopdbContainer withPluginUnderTest() {
        installedAtStart.add(plugins -> plugins.installBundle(pluginUnderTest()));
        return this;
    }

    /**
     * Installs the plugin from a features repository ({@code feature:repo-add REPOSITORY},
     * {@code feature:install -r shopdb-NAME}) once ShopDB serves, and waits until it is active.
     * A null repository installs a feature the distribution already knows ({@code shopdb-cameras}).
     */
    public ShopdbContainer withPluginFeature(String repositoryUrl, String pluginName) {
        installedAtStart.add(plugins -> plugins.installFeature(repositoryUrl, pluginName));
        return this;
    }

    /** An environment variable of the container, as an operator sets one ({@code SHOPDB_CORS_ORIGINS}, …). */
    public ShopdbContainer withEnvironment(String name, String value) {
        environment.put(name, value);
        return this;
    }

    /**
     * Runs on a database of its own on this MariaDB/MySQL 8 server ({@code jdbc:mysql://HOST:PORT/}),
     * created before the start and dropped after the stop, whatever the system properties say.
     */
    public ShopdbContainer withMariaDb(String serverUrl, String user, String password) {
        mariaDbServer = new MariaDbDatabase.Server(serverUrl, user, password);
        return this;
    }

    /** The jar of the plugin under test, from the system property {@value PluginContractTest#JAR_PROPERTY}. */
    public static Path pluginUnderTest() {
        String jar = System.getProperty(PluginContractTest.JAR_PROPERTY, "");
        if (jar.isBlank()) {
            throw new IllegalStateException("System property " + PluginContractTest.JAR_PROPERTY + " is not set: use org.shopdb:shopdb-plugins "
                    + "as the parent POM and run *ContainerIT with failsafe, or set it to ${project.build.directory}/${project.build.finalName}.jar");
        }
        return Path.of(jar);
    }

    /** The API, signed in as {@value #ADMIN}. */
    public ShopdbApi api() {
        return running().admin;
    }

    /** The admin's password in this container (to log in to the API or the console yourself). */
    public String adminPassword() {
        return running().adminPassword;
    }

    /** Runs a Karaf console command as the admin ({@code bin/shopdb-shell}) and returns what it printed; fails the test when the command fails. */
    public String shell(String command) {
        return running().console.execute(command);
    }

    /** The container's log, {@code data/log/karaf.log}. */
    public ContainerLog log() {
        return running().log;
    }

    /** The unpacked distribution ({@code karaf.home}): {@code etc/}, {@code deploy/}, {@code data/}. */
    public Path home() {
        return running().karaf.home();
    }

    /** Installs a plugin jar live ({@code bundle:install -s}) and waits until it is active; returns the plugin's name. */
    public String installPlugin(Path jar) {
        return running().plugins.installBundle(jar);
    }

    /** Uninstalls the plugin's bundle live ({@code bundle:uninstall}) and waits until its routes answer {@code 404}; its tables and rows stay. */
    public void uninstallPlugin(String pluginName) {
        running().plugins.uninstallBundle(pluginName);
    }

    /** Installs feature {@code shopdb-NAME} live (after {@code feature:repo-add} unless the repository is null) and waits until it is active. */
    public void installPluginFeature(String repositoryUrl, String pluginName) {
        running().plugins.installFeature(repositoryUrl, pluginName);
    }

    /** Uninstalls feature {@code shopdb-NAME} live and waits until its routes answer {@code 404}. */
    public void uninstallPluginFeature(String pluginName) {
        running().plugins.uninstallFeature(pluginName);
    }

    /** Waits until the plugin is active and its collection answers {@code 200}; returns it as {@code /api/plugins/NAME} describes it. */
    public JsonNode awaitPlugin(String pluginName) {
        return running().plugins.awaitActive(pluginName);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        if (activeClasses++ > 0) {
            return; // a @Nested class: the outer class's container serves it
        }
        running = Running.start(context.getRequiredTestClass().getSimpleName(), database(context.getRequiredTestClass().getSimpleName()),
                environment, newAdminPassword());
        try {
            installedAtStart.forEach(install -> install.accept(running.plugins));
        } catch (RuntimeException | Error e) {
            failed = true;
            throw e;
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (running == null) {
            throw new IllegalStateException("ShopdbContainer is not running: register it in a static field "
                    + "(@RegisterExtension static final ShopdbContainer SHOPDB = ShopdbContainer.create()…): one container per test class");
        }
    }

    @Override
    public void afterTestExecution(ExtensionContext context) {
        if (context.getExecutionException().isPresent()) {
            failed = true;
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (--activeClasses > 0 || running == null) {
            return;
        }
        Running stopping = running;
        running = null;
        stopping.stop(!failed && context.getExecutionException().isEmpty());
    }

    private ContainerDatabase database(String label) {
        return Optional.ofNullable(mariaDbServer).or(MariaDbDatabase.Server::fromSystemProperties)
                .<ContainerDatabase>map(server -> server.newDatabase(label)).orElseGet(ContainerDatabase::embedded);
    }

    private static String newAdminPassword() {
        String configured = System.getProperty(ADMIN_PASSWORD_PROPERTY, "");
        return configured.isBlank() ? "test-" + randomHex(12) : configured;
    }

    static String randomHex(int bytes) {
        byte[] random = new byte[bytes];
        RANDOM.nextBytes(random);
        return HexFormat.of().formatHex(random);
    }

    private Running running() {
        if (running == null) {
            throw new IllegalStateException("ShopDB is not running: use the container from test methods or @BeforeAll methods "
                    + "of the class that registers it in a static @RegisterExtension field");
        }
        return running;
    }

    /** One started container and what talks to it. */
    private static final class Running {

        private final PaxExamKaraf karaf;
        private final ContainerDatabase database;
        private final String adminPassword;
        private final ShopdbApi admin;
        private final KarafConsole console;
        private final ContainerLog log;
        private final LivePlugins plugins;

        private Running(PaxExamKaraf karaf, ContainerDatabase database, String adminPassword, ShopdbApi admin, KarafConsole console,
                ContainerLog log) {
            this.karaf = karaf;
            this.database = database;
            this.adminPassword = adminPassword;
            this.admin = admin;
            this.console = console;
            this.log = log;
            this.plugins = new LivePlugins(admin, console, log, LIVE);
        }

        static Running start(String label, ContainerDatabase database, Map<String, String> extraEnvironment, String adminPassword) {
            int httpPort = PaxExamKaraf.freePort();
            int sshPort = PaxExamKaraf.freePort();
            Map<String, String> environment = new LinkedHashMap<>();
            environment.put("SHOPDB_MODE", "development");
            environment.put("SHOPDB_HTTP_PORT", Integer.toString(httpPort));
            environment.put("SHOPDB_SSH_ENABLED", "true");
            environment.put("SHOPDB_SSH_HOST", PaxExamKaraf.LOOPBACK);
            environment.put("SHOPDB_SSH_PORT", Integer.toString(sshPort));
            environment.put("SHOPDB_ADMIN_PASSWORD", adminPassword);
            environment.put("SHOPDB_JWT_SECRET", randomHex(32));
            environment.putAll(database.environment());
            environment.putAll(extraEnvironment);
            Path unpackDirectory = WORK_FOLDER.resolve(label + "-" + System.currentTimeMillis()).toAbsolutePath();
            PaxExamKaraf karaf = null;
            try {
                Path archive = DistributionArchive.resolve();
                LOG.info("Starting ShopDB ({}) for {} with {}: HTTP 127.0.0.1:{}, SSH 127.0.0.1:{}, in {}", archive.getFileName(), label,
                        database.describe(), httpPort, sshPort, unpackDirectory);
                karaf = PaxExamKaraf.start(archive, unpackDirectory, environment);
                ContainerLog log = new ContainerLog(karaf.home().resolve("data/log/karaf.log"));
                ShopdbApi admin = signIn(ShopdbApi.anonymous(URI.create("http://" + PaxExamKaraf.LOOPBACK + ":" + httpPort)), adminPassword, log);
                LOG.info("ShopDB serves on {} for {}", admin.baseUri(), label);
                return new Running(karaf, database, adminPassword, admin, new KarafConsole(karaf.home(), sshPort, ADMIN, adminPassword), log);
            } catch (RuntimeException | Error e) {
                if (karaf != null) {
                    karaf.stop();
                    LOG.warn("ShopDB did not come up for {}; its files, log included, are kept in {}", label, unpackDirectory);
                }
                database.close();
                throw e;
            }
        }

        /**
         * Waits until health answers 200, then logs in as the admin: login is served once the
         * first user exists, so a 404 or 503 means "not yet". Fails with the log's ERROR lines.
         */
        private static ShopdbApi signIn(ShopdbApi anonymous, String adminPassword, ContainerLog log) {
            long deadline = System.nanoTime() + BOOT.toNanos();
            try {
                anonymous.awaitStatus("/api/health", 200, BOOT);
                ApiReply last;
                do {
                    last = anonymous.post("/api/auth/login", ShopdbApi.JSON.createObjectNode().put("username", ADMIN).put("password", adminPassword));
                    if (last.status() == 200) {
                        return anonymous.withToken(last.data().path("token").asText());
                    }
                    ShopdbApi.pause(Duration.ofMillis(250));
                } while ((last.status() == 404 || last.status() == 503) && System.nanoTime() < deadline);
                throw new AssertionError("Cannot log in as " + ADMIN + ": " + last);
            } catch (AssertionError e) {
                throw new AssertionError("ShopDB did not come up: " + e.getMessage() + "\nERROR lines of " + log.file() + ":\n"
                        + String.join("\n", log.errors()), e);
            }
        }

        void stop(boolean deleteFiles) {
            try {
                karaf.stop();
            } finally {
                database.close();
            }
            if (deleteFiles) {
                karaf.deleteFiles();
            } else {
                LOG.warn("A test failed: the container's files are kept in {} (log: {})", karaf.home(), log.file());
            }
        }
    }
}
