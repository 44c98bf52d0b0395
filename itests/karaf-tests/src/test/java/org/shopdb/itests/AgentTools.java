package org.shopdb.itests;

import static org.junit.Assert.fail;

import java.io.File;
import java.util.Arrays;
import java.util.List;

import org.junit.Assume;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Debian's FusionInventory programs the real-agent tests run. Where they are not installed, a
 * developer's build says plainly that those tests did not run; CI ({@code CI=true}) installs them
 * ({@code .ci/run}) and fails without them.
 */
final class AgentTools {

    private static final Logger LOG = LoggerFactory.getLogger(AgentTools.class);

    static final String INSTALL = "apt-get install fusioninventory-agent fusioninventory-agent-task-network";

    private AgentTools() {
    }

    /** Returns when every command is on the PATH; otherwise fails under CI, or skips the test with a warning. */
    static void require(String... commands) {
        List<String> missing = Arrays.stream(commands).filter(command -> !onPath(command)).toList();
        if (missing.isEmpty()) {
            return;
        }
        String message = missing + " not installed: this real-agent test DID NOT RUN (" + INSTALL + ")";
        if ("true".equals(System.getenv("CI"))) {
            fail(message + "; CI must run it");
        }
        LOG.warn(message);
        Assume.assumeTrue(message, false);
    }

    private static boolean onPath(String command) {
        String path = System.getenv("PATH");
        return path != null && Arrays.stream(path.split(File.pathSeparator)).anyMatch(dir -> new File(dir, command).canExecute());
    }
}
