package org.shopdb.deploychecks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** docker/Dockerfile: a Maven build stage and a non-root Java 17 runtime with a health check. */
class DockerfileTest {

    static final String HTTP_PORT = "8181";
    static final String DATA_VOLUME = "/opt/shopdb/data";
    private static final Pattern HEALTH_URL = Pattern.compile("https?://(?:127\\.0\\.0\\.1|localhost):(\\d+)/api/health\\b");

    private final Dockerfile dockerfile = Dockerfile.read();
    private final DockerStage runtime = dockerfile.finalStage();

    @Test
    void buildsWithMavenInOneStageAndRunsOnAJava17RuntimeInAnother() {
        DockerStage build = buildStage(dockerfile);
        assertTrue(build.baseImage().startsWith("maven:") && build.baseImage().contains("17"),
                "stage 'build' should use a Maven + Java 17 image, is FROM " + build.baseImage());
        assertTrue(build.all("RUN").stream().anyMatch(run -> run.arguments().matches("mvn .*\\binstall\\b.*")),
                "stage 'build' should run mvn ... install");
        assertTrue(runtime != build && runtime.baseImage().matches("eclipse-temurin:17[.\\w-]*-jre[\\w.-]*"),
                "final (runtime) stage should be a Java 17 JRE image, is FROM " + runtime.baseImage());
    }

    @Test
    void runsAsANonRootUser() {
        String user = runtime.last("USER").map(DockerInstruction::arguments)
                .orElseGet(() -> fail("runtime stage has no USER: the container would run as root"));
        String name = user.split(":", 2)[0];
        assertFalse(name.equals("root") || name.equals("0"), "runtime stage must not run as root, USER is " + user);
    }

    @Test
    void checksHealthOnApiHealthOfTheHttpPortWithCurlInstalledInTheImage() {
        String healthcheck = runtime.last("HEALTHCHECK").map(DockerInstruction::arguments)
                .orElseGet(() -> fail("runtime stage has no HEALTHCHECK"));
        Matcher url = HEALTH_URL.matcher(healthcheck);
        assertTrue(url.find(), "HEALTHCHECK should probe http://127.0.0.1:" + HTTP_PORT + "/api/health: " + healthcheck);
        assertEquals(HTTP_PORT, url.group(1), "HEALTHCHECK probes another port than ShopDB's: " + healthcheck);
        String tool = healthcheck.contains("curl") ? "curl" : healthcheck.contains("wget") ? "wget" : null;
        assertTrue(tool != null, "HEALTHCHECK should use curl or wget: " + healthcheck);
        assertTrue(runtime.all("RUN").stream().anyMatch(run -> installsPackage(run, tool)),
                "HEALTHCHECK uses " + tool + " but the runtime stage does not install it (eclipse-temurin images do not promise it)");
    }

    @Test
    void cleansAptListsInTheLayerThatInstallsPackages() {
        for (DockerInstruction run : runtime.all("RUN")) {
            if (run.arguments().contains("apt-get install")) {
                assertTrue(run.arguments().contains("rm -rf /var/lib/apt/lists"),
                        "RUN installing packages must remove /var/lib/apt/lists in the same layer: " + run.arguments());
            }
        }
    }

    @Test
    void exposesOnlyTheHttpPort() {
        List<String> ports = runtime.all("EXPOSE").stream().flatMap(e -> e.operands().stream()).toList();
        assertEquals(List.of(HTTP_PORT), ports, "runtime stage should EXPOSE ShopDB's HTTP port only");
    }

    @Test
    void keepsKarafsDataFolderInAVolume() {
        List<String> volumes = runtime.all("VOLUME").stream().flatMap(v -> v.operands().stream()).toList();
        assertEquals(List.of(DATA_VOLUME), volumes, "runtime stage should declare VOLUME " + DATA_VOLUME);
    }

    @Test
    void startsKarafInTheForegroundInServerMode() {
        List<String> entrypoint = runtime.last("ENTRYPOINT").map(DockerInstruction::operands).orElse(List.of());
        List<String> cmd = runtime.last("CMD").map(DockerInstruction::operands).orElse(List.of());
        String command = String.join(" ", entrypoint) + " " + String.join(" ", cmd);
        assertTrue(command.strip().matches("(/opt/shopdb/|\\./)?bin/karaf server"),
                "container should run 'bin/karaf server' (ENTRYPOINT + CMD), runs: " + command.strip());
    }

    @Test
    void takesNoFileFromTheBuildContextIntoTheRuntimeImage() {
        for (DockerInstruction copy : runtime.all("COPY")) {
            assertTrue(copy.flag("from").isPresent(),
                    "runtime stage must copy only from the build stage (configuration comes from the environment): COPY "
                            + copy.arguments());
        }
        assertTrue(runtime.all("ADD").isEmpty(), "runtime stage should not ADD files");
    }

    /** The stage named 'build', which builds the distribution. */
    static DockerStage buildStage(Dockerfile dockerfile) {
        return dockerfile.stage("build").orElseGet(() -> fail(Repo.DOCKERFILE + " has no stage named 'build' (FROM ... AS build)"));
    }

    private static boolean installsPackage(DockerInstruction run, String tool) {
        return run.arguments().matches(".*(apt-get|apk|microdnf|dnf) [^&;|]*install[^&;|]*\\b" + tool + "\\b.*");
    }
}
