package org.shopdb.itests;

import static org.ops4j.pax.exam.CoreOptions.bundle;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;
import static org.ops4j.pax.exam.CoreOptions.vmOption;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.configureConsole;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.karafDistributionConfiguration;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.keepRuntimeFolder;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.logLevel;

import java.io.File;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.ops4j.pax.exam.CoreOptions;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.karaf.options.LogLevelOption.LogLevel;
import org.shopdb.launch.KarafJvmOptions;

/** Pax Exam options that boot the ShopDB distribution the build just made, on free ports. */
public final class ShopdbDistribution {

    /** System property inside the container: the HTTP port the API listens on. */
    public static final String HTTP_PORT = "shopdb.it.http.port";
    /** System property inside the container: URL of the probe plugin bundle. */
    public static final String PROBE_BUNDLE = "shopdb.probe.bundle";
    /** System property inside the container: URL of the plugin bundle whose changelog fails. */
    public static final String BROKEN_BUNDLE = "shopdb.broken.bundle";
    /** System property inside the container: path of the documented seed file, docs/examples/site-seed.json. */
    public static final String SITE_SEED_EXAMPLE = "shopdb.site.seed.example";
    /** System property inside the container: the folder docs/examples, whose payloads the plugin tests send as documented. */
    public static final String DOCS_EXAMPLES = "shopdb.docs.examples";
    /** System property inside the container: URL of the test plugin with a collector (probecollector). */
    public static final String COLLECTOR_BUNDLE = "shopdb.collector.bundle";
    /** System property inside the container: URL of the probe plugin's next version (1.1.0). */
    public static final String PROBE_V2_BUNDLE = "shopdb.probe.v2.bundle";
    /** System property inside the container: URL of a plugin built for a core API this core does not provide. */
    public static final String INCOMPATIBLE_BUNDLE = "shopdb.incompatible.bundle";
    /** Test driver's system property: keep each container's folder (its {@code data/log/karaf.log}) under target/exam after the run. */
    public static final String KEEP_CONTAINERS = "shopdb.it.keepContainers";

    private ShopdbDistribution() {
    }

    /** The distribution without its SSH console (the tests use the shell in-process). */
    public static Option[] with(Option... databaseOptions) {
        return options(false, databaseOptions);
    }

    /** The distribution with its SSH console started, as {@code bin/karaf server} starts it. */
    public static Option[] withSshConsole(Option... databaseOptions) {
        return options(true, databaseOptions);
    }

    private static Option[] options(boolean sshConsole, Option... databaseOptions) {
        File assembly = new File(required("shopdb.assembly"));
        if (!assembly.isFile()) {
            throw new IllegalStateException("Distribution " + assembly + " is missing: build karaf-assembly first");
        }
        keepStandardInputFromContainers();
        String httpPort = Integer.toString(ListenPorts.pick());
        List<Option> options = new ArrayList<>(List.of(
                karafDistributionConfiguration().frameworkUrl("file:" + assembly.getAbsolutePath())
                        .name("ShopDB").unpackDirectory(new File("target/exam")).useDeployFolder(false),
                sshConsole ? configureConsole().ignoreLocalConsole().startRemoteShell()
                        : configureConsole().ignoreLocalConsole().ignoreRemoteShell(),
                logLevel(LogLevel.INFO),
                vmOption("-Djdk.util.zip.disableZip64ExtraFieldValidation=true"),
                editConfigurationFilePut("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port", httpPort),
                editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiRegistryPort", Integer.toString(ListenPorts.pick())),
                editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiServerPort", Integer.toString(ListenPorts.pick())),
                editConfigurationFilePut("etc/org.apache.karaf.shell.cfg", "sshPort", Integer.toString(ListenPorts.pick())),
                editConfigurationFilePut("etc/org.ops4j.pax.url.mvn.cfg", "org.ops4j.pax.url.mvn.localRepository",
                        System.getProperty("org.ops4j.pax.url.mvn.localRepository", "")),
                systemProperty(HTTP_PORT).value(httpPort),
                bundle(required("shopdb.probe.api.bundle")),
                systemProperty(PROBE_BUNDLE).value(required(PROBE_BUNDLE)),
                systemProperty(BROKEN_BUNDLE).value(required(BROKEN_BUNDLE)),
                systemProperty(SITE_SEED_EXAMPLE).value(required(SITE_SEED_EXAMPLE)),
                systemProperty(DOCS_EXAMPLES).value(required(DOCS_EXAMPLES)),
                systemProperty(COLLECTOR_BUNDLE).value(required(COLLECTOR_BUNDLE)),
                systemProperty(PROBE_V2_BUNDLE).value(required(PROBE_V2_BUNDLE)),
                systemProperty(INCOMPATIBLE_BUNDLE).value(required(INCOMPATIBLE_BUNDLE))));
        // Pax Exam starts the JVM itself: with bin/karaf's module options, as in production
        KarafJvmOptions.ofTheDistribution().forEach(option -> options.add(vmOption(option)));
        if (Boolean.getBoolean(KEEP_CONTAINERS)) {
            options.add(keepRuntimeFolder());
        }
        options.addAll(Arrays.asList(databaseOptions));
        return options.toArray(Option[]::new);
    }

    /**
     * Pax Exam pipes this JVM's standard input into each container's for as long as the container
     * runs. Under Maven that input is surefire's command channel: the pipe swallows its commands, and
     * the test JVM hangs 30 s at its exit before surefire kills it ("Surefire is going to kill self
     * fork JVM"). Surefire holds on to the real input; the containers get an empty one.
     */
    private static void keepStandardInputFromContainers() {
        System.setIn(InputStream.nullInputStream());
    }

    /** An environment variable of the container only, as an operator sets it; the test driver's own environment stays as it is. */
    public static Option environment(String name, String value) {
        return CoreOptions.environment(name + "=" + value);
    }

    static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("System property " + property + " is not set (run the tests through Maven)");
        }
        return value;
    }
}
