package org.shopdb.deploychecks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/** The Dockerfile builds the reactor as the poms declare it and copies what that build produces. */
class DockerBuildMatchesMavenBuildTest {

    /** Where karaf-maven-plugin's karaf-assembly packaging unpacks the distribution (its workDirectory default). */
    static final String ASSEMBLY_OUTPUT = "target/assembly";
    private static final String PAX_WEB_CFG = "src/main/resources/etc/org.ops4j.pax.web.cfg";
    private static final Pattern DEFAULT_PORT = Pattern.compile("org\\.osgi\\.service\\.http\\.port\\s*=.*default=(\\d+)");

    private final Dockerfile dockerfile = Dockerfile.read();

    @Test
    void resolvesDependenciesFromThePomsAloneBeforeTheSourcesArrive() {
        DockerStage build = DockerfileTest.buildStage(dockerfile);
        List<DockerInstruction> beforeMaven = new ArrayList<>();
        for (DockerInstruction instruction : build.instructions()) {
            if (instruction.is("RUN") && instruction.arguments().startsWith("mvn")) {
                break;
            }
            beforeMaven.add(instruction);
        }
        List<DockerInstruction> copies = beforeMaven.stream().filter(i -> i.is("COPY")).toList();
        assertEquals(1, copies.size(), "stage 'build' should bring in the poms with one COPY before its first mvn RUN");
        String pomsStage = copies.get(0).flag("from")
                .orElseGet(() -> fail("stage 'build' should COPY the poms --from a stage that keeps only the poms"));
        DockerStage poms = dockerfile.stage(pomsStage).orElseGet(() -> fail("no stage named " + pomsStage));
        assertTrue(poms.all("RUN").stream().anyMatch(run -> run.arguments().contains("! -name pom.xml -delete")),
                "stage '" + pomsStage + "' should delete every file but the pom.xml files");
    }

    @Test
    void buildContextHoldsThePomAndSourcesOfEveryReactorModule() {
        DockerIgnore ignore = DockerIgnore.read();
        List<String> needed = new ArrayList<>(List.of("pom.xml"));
        for (String module : MavenModules.all()) {
            needed.add(module + "/pom.xml");
            needed.add(module + "/src/main/java/Example.java");
            needed.add(module + "/src/main/resources/example.cfg");
        }
        List<String> excluded = needed.stream().filter(ignore::excludes).toList();
        assertTrue(excluded.isEmpty(), DockerIgnore.FILE + " keeps what the Maven build needs out of the context: " + excluded);
    }

    @Test
    void buildContextLeavesOutBuildOutputAndVersionControlData() {
        DockerIgnore ignore = DockerIgnore.read();
        List<String> unwanted = new ArrayList<>(List.of(".git/HEAD", "target/x"));
        MavenModules.all().forEach(module -> unwanted.add(module + "/target/classes/x"));
        unwanted.add(assemblyModule() + "/" + ASSEMBLY_OUTPUT + "/lock");
        List<String> kept = unwanted.stream().filter(path -> !ignore.excludes(path)).toList();
        assertTrue(kept.isEmpty(), DockerIgnore.FILE + " should keep build output and .git out of the context, lets in: " + kept);
    }

    @Test
    void copiesTheAssemblyFolderThatTheKarafAssemblyModuleProduces() {
        String module = assemblyModule();
        Element pom = MavenModules.pom(module);
        assertTrue(pom.getElementsByTagName("workDirectory").getLength() == 0
                        && MavenModules.child(pom, "build").flatMap(b -> MavenModules.childText(b, "directory")).isEmpty(),
                module + "/pom.xml moves the assembly output away from " + ASSEMBLY_OUTPUT + "; update this check and the Dockerfile");

        DockerStage build = DockerfileTest.buildStage(dockerfile);
        String expected = build.workdir().replaceAll("/+$", "") + "/" + module + "/" + ASSEMBLY_OUTPUT;
        DockerInstruction copy = dockerfile.finalStage().all("COPY").stream()
                .filter(c -> c.flag("from").filter(from -> from.equals(build.name())).isPresent())
                .findFirst()
                .orElseGet(() -> fail("runtime stage does not COPY --from=" + build.name()));
        String source = copy.operands().get(0).replaceAll("/+$", "");
        assertEquals(expected, source, "runtime stage copies another folder than the one Maven builds the distribution in");
        assertEquals("/opt/shopdb", copy.operands().get(1).replaceAll("/+$", ""), "distribution should land in /opt/shopdb");
    }

    @Test
    void builtAssemblyHasTheLayoutTheImageRunsFrom() {
        Path assembly = Repo.path(assemblyModule()).resolve(ASSEMBLY_OUTPUT);
        assertTrue(Files.isDirectory(assembly), "distribution not built (" + assembly + "): this module builds after karaf-assembly; run mvn install");
        for (String part : List.of("bin/karaf", "bin/setenv", "etc", "data", "deploy", "system")) {
            assertTrue(Files.exists(assembly.resolve(part)), "built distribution lacks " + part + " in " + assembly);
        }
        assertTrue(Files.isExecutable(assembly.resolve("bin/karaf")), "bin/karaf in " + assembly + " is not executable");
    }

    @Test
    void exposedPortIsTheDistributionsDefaultHttpPort() {
        String cfg = Repo.read(assemblyModule() + "/" + PAX_WEB_CFG);
        Matcher port = DEFAULT_PORT.matcher(cfg);
        assertTrue(port.find(), PAX_WEB_CFG + " should set org.osgi.service.http.port = $[env:SHOPDB_HTTP_PORT;default=...]");
        assertEquals(DockerfileTest.HTTP_PORT, port.group(1),
                "the image EXPOSEs and health-checks " + DockerfileTest.HTTP_PORT + " but the distribution listens on " + port.group(1));
    }

    /** The one module that builds the Karaf distribution. */
    static String assemblyModule() {
        List<String> modules = MavenModules.all().stream()
                .filter(module -> "karaf-assembly".equals(MavenModules.packaging(module)))
                .toList();
        assertEquals(1, modules.size(), "expected exactly one module with packaging karaf-assembly, found " + modules);
        return modules.get(0);
    }
}
