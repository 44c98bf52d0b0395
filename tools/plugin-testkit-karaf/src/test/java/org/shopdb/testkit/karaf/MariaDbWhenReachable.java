package org.shopdb.testkit.karaf;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The build's MariaDB run of a test (system property {@value MariaDbDatabase#URL_PROPERTY}
 * set) runs where the server answers, and always when {@code CI=true} or
 * {@code -Dshopdb.mariadb=required} (then an unreachable server fails it); elsewhere it is
 * left out with a loud warning, as the integration suite does.
 */
class MariaDbWhenReachable implements ExecutionCondition {

    private static final Logger LOG = LoggerFactory.getLogger(MariaDbWhenReachable.class);

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        String url = System.getProperty(MariaDbDatabase.URL_PROPERTY, "");
        if (url.isBlank()) {
            return ConditionEvaluationResult.enabled("the embedded database");
        }
        if ("true".equals(System.getenv("CI")) || "required".equals(System.getProperty("shopdb.mariadb"))) {
            return ConditionEvaluationResult.enabled("MariaDB required");
        }
        URI server = URI.create(url.substring("jdbc:".length()));
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(server.getHost(), server.getPort() < 0 ? 3306 : server.getPort()), 2000);
            return ConditionEvaluationResult.enabled("MariaDB answers at " + url);
        } catch (IOException unreachable) {
            LOG.warn("MariaDB at {} is unreachable: the MariaDB run of {} DID NOT RUN", url, context.getDisplayName());
            return ConditionEvaluationResult.disabled("MariaDB at " + url + " is unreachable");
        }
    }
}
