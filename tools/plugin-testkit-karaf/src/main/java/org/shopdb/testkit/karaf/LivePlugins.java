package org.shopdb.testkit.karaf;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;

import org.shopdb.testkit.PluginBundle;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Installs and removes plugins in the running container the ways docs/PLUGIN-QUICKSTART.md
 * shows ({@code bundle:install}, {@code feature:repo-add} + {@code feature:install -r}), and
 * waits until {@code /api/plugins} reports the outcome.
 */
final class LivePlugins {

    /** States a plugin does not leave by itself: waiting longer would not help. */
    private static final Set<String> STUCK = Set.of("incompatible", "failed");
    private static final Duration POLL = Duration.ofMillis(500);

    private final ShopdbApi admin;
    private final KarafConsole console;
    private final ContainerLog log;
    private final Duration timeout;

    LivePlugins(ShopdbApi admin, KarafConsole console, ContainerLog log, Duration timeout) {
        this.admin = admin;
        this.console = console;
        this.log = log;
        this.timeout = timeout;
    }

    /** {@code bundle:install -s file:JAR}, then waits until the plugin is active; returns its name. */
    String installBundle(Path jar) {
        String name = PluginBundle.of(jar).pluginName().orElseThrow(() -> new IllegalArgumentException(jar
                + " declares no shopdb.plugin capability, so it is no ShopDB plugin: build it with the parent org.shopdb:shopdb-plugins"));
        console.execute("bundle:install -s file:" + jar.toAbsolutePath());
        awaitActive(name);
        return name;
    }

    /** {@code bundle:uninstall} of the plugin's bundle (its id from {@code /api/plugins/NAME}), then waits until its routes are gone ({@code 404}). */
    void uninstallBundle(String pluginName) {
        JsonNode plugin = plugin(pluginName);
        if (!plugin.hasNonNull("bundleid")) {
            throw new AssertionError("Plugin '" + pluginName + "' has no installed bundle: " + plugin);
        }
        console.execute("bundle:uninstall " + plugin.path("bundleid").asLong());
        admin.awaitStatus(plugin.path("path").asText("/api/" + pluginName), 404, timeout);
    }

    /** {@code feature:repo-add} (unless the repository is null), {@code feature:install -r shopdb-NAME}, then waits until NAME is active. */
    void installFeature(String repositoryUrl, String pluginName) {
        if (repositoryUrl != null) {
            console.execute("feature:repo-add " + repositoryUrl);
        }
        console.execute("feature:install --no-auto-refresh " + feature(pluginName));
        awaitActive(pluginName);
    }

    /** {@code feature:uninstall -r shopdb-NAME}, then waits until its routes are gone ({@code 404}). */
    void uninstallFeature(String pluginName) {
        String path = plugin(pluginName).path("path").asText("/api/" + pluginName);
        console.execute("feature:uninstall --no-auto-refresh " + feature(pluginName));
        admin.awaitStatus(path, 404, timeout);
    }

    /**
     * Waits until {@code /api/plugins/NAME} says {@code active} and its collection answers
     * {@code 200} with a JSON envelope; returns the plugin as {@code /api/plugins} describes it. Fails at once when
     * the plugin cannot run here, with its reason and the log's ERROR lines.
     */
    JsonNode awaitActive(String name) {
        long deadline = System.nanoTime() + timeout.toNanos();
        JsonNode plugin = plugin(name);
        while (!"active".equals(plugin.path("state").asText())) {
            if (STUCK.contains(plugin.path("state").asText()) || System.nanoTime() > deadline) {
                throw new AssertionError("Plugin '" + name + "' is not active: " + plugin + "\nERROR lines of " + log.file() + ":\n"
                        + String.join("\n", log.errors()));
            }
            ShopdbApi.pause(POLL);
            plugin = plugin(name);
        }
        if (plugin.hasNonNull("collectionpath")) {
            awaitServed(plugin.path("collectionpath").asText(), deadline);
        }
        return plugin;
    }

    /**
     * Waits until the collection answers {@code 200} with a JSON envelope: while the JAX-RS
     * whiteboard still (re)builds the plugin's application it may answer {@code 404}, or
     * {@code 200} with an empty body.
     */
    private void awaitServed(String path, long deadline) {
        ApiReply reply = admin.get(path);
        while (!(reply.status() == 200 && isEnvelope(reply.body()))) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("The plugin is active but its collection is not served: " + reply);
            }
            ShopdbApi.pause(POLL);
            reply = admin.get(path);
        }
    }

    private static boolean isEnvelope(String body) {
        try {
            return ShopdbApi.JSON.readTree(body).has("data");
        } catch (IOException notJson) {
            return false;
        }
    }

    /** {@code /api/plugins/NAME}'s data, or {@code {"state":"unknown"}} while the container does not know it. */
    private JsonNode plugin(String name) {
        ApiReply reply = admin.get("/api/plugins/" + name);
        return reply.status() == 200 ? reply.data() : ShopdbApi.JSON.createObjectNode().put("state", "unknown").put("reply", reply.toString());
    }

    private static String feature(String pluginName) {
        return "shopdb-" + pluginName;
    }
}
