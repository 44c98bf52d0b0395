package org.shopdb.testkit;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/**
 * Extend this in a plugin's {@code src/test/java/.../PluginContractIT.java} and the build
 * checks the packaged plugin bundle against the ShopDB plugin contract: identity, core API
 * range, changelog naming and clashes, and that the changelog applies (twice) on top of the
 * core's schema. The plugins parent POM runs {@code *ContractIT} after packaging and tells
 * the test where the bundle is ({@value #JAR_PROPERTY}).
 */
public abstract class PluginContractTest {

    public static final String JAR_PROPERTY = "shopdb.plugin.jar";

    /** The bundle under test; override to point elsewhere. */
    protected Path pluginJar() {
        String jar = System.getProperty(JAR_PROPERTY);
        if (jar == null || jar.isBlank()) {
            fail("System property " + JAR_PROPERTY + " is not set: use org.shopdb:shopdb-plugins as the parent POM, "
                    + "or set it in the failsafe configuration to ${project.build.directory}/${project.build.finalName}.jar");
        }
        return Path.of(jar);
    }

    private PluginContract contract() {
        return new PluginContract(PluginBundle.of(pluginJar()));
    }

    @Test
    void identityIsComplete() {
        assertNone(contract().identity());
    }

    @Test
    void coreApiRangeIsMetByThisCore() {
        assertNone(contract().coreRange(CoreSchema.apiVersion()));
    }

    @Test
    void changelogFollowsTheNamingRulesAndClashesWithNothing() {
        assertNone(contract().changelog());
    }

    @Test
    void changelogAppliesOnTopOfTheCoreAndOnlyOnce() {
        assertNone(new ChangelogTrial().run(PluginBundle.of(pluginJar())));
    }

    private static void assertNone(List<ContractViolation> violations) {
        if (!violations.isEmpty()) {
            fail(violations.stream().map(ContractViolation::toString).collect(Collectors.joining("\n")));
        }
    }
}
