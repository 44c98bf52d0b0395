package org.shopdb.itests;

import static org.junit.Assert.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.osgi.framework.BundleContext;
import org.shopdb.api.asset.AssetTypeService;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What the computers and applications contracts do over HTTP and in the container: create and
 * count items, read audit rows, push collector batches with an API key, read the documented
 * example payloads, wait for a plugin to be live.
 */
final class ComputersHttp {

    static final Duration LIVE = Duration.ofSeconds(60);
    /** The tests' own asset type for machines (without the equipment plugin). */
    static final String MACHINE_TYPE = "itestmachine";

    final Http http = new Http();
    private final BundleContext context;

    ComputersHttp(BundleContext context) {
        this.context = context;
    }

    /**
     * Once the distribution answers: the plugin bundle installed live by {@code install} (a
     * {@code feature:install} command) unless it is there, its routes answering, and the tests'
     * own asset type for machines a PC controls.
     */
    void installedLive(String bundle, String install, String... routes) throws Exception {
        http.awaitStatus("/api/health", 200, Duration.ofSeconds(90));
        if (container().bundle(bundle) == null) {
            shell(install);
        }
        for (String route : routes) {
            http.awaitStatus(route, 200, LIVE);
        }
        ensureAssetType(MACHINE_TYPE, "Machine (itests)");
    }

    /** {@code POST path body}, which must answer 201; its {@code data}. */
    JsonNode created(String path, Object body) throws Exception {
        Http.Reply reply = http.post(path, body.toString());
        assertEquals(path + " " + body + " -> " + reply.body(), 201, reply.status());
        return reply.json().path("data");
    }

    /** The {@code meta.total} of a list, which must answer 200. */
    long total(String path) throws Exception {
        Http.Reply reply = http.get(path);
        assertEquals(path + " -> " + reply.body(), 200, reply.status());
        return reply.json().path("meta").path("total").asLong();
    }

    /** The newest audit row of an entity. */
    JsonNode latestAudit(String entityType, long id) throws Exception {
        return http.get("/api/audit?entitytype=" + entityType + "&entityid=" + id).json().path("data").get(0);
    }

    long audits() throws Exception {
        return container().count("select count(*) from auditlog");
    }

    /** A new API key for these collectors, its secret. */
    String apiKey(String name, String... collectors) throws Exception {
        String body = "{\"name\":\"" + name + "\",\"collectors\":" + Json.strings(List.of(collectors)) + "}";
        return created("/api/apikeys", body).path("key").asText();
    }

    /** {@code POST /api/collector/{collector}} with the key. */
    Http.Reply collect(String key, String collector, String batch) throws Exception {
        return Http.anonymous().send("POST", "/api/collector/" + collector, batch, Map.of("X-API-Key", key));
    }

    /** The documented example payload docs/examples/{file}, as the docs show it. */
    static String example(String file) throws Exception {
        return Files.readString(Path.of(System.getProperty(ShopdbDistribution.DOCS_EXAMPLES), file));
    }

    /** An asset type of the tests' own (machines for a PC to control, without the equipment plugin). */
    void ensureAssetType(String code, String name) throws Exception {
        container().await(AssetTypeService.class, null).ensure(code, name, "itests");
    }

    /** {@code /api/plugins/{name}} once it satisfies {@code condition}. */
    JsonNode awaitPlugin(String name, Predicate<JsonNode> condition) throws Exception {
        long deadline = System.nanoTime() + LIVE.toNanos();
        JsonNode plugin;
        do {
            plugin = http.get("/api/plugins/" + name).json().path("data");
            if (condition.test(plugin)) {
                return plugin;
            }
            Thread.sleep(200);
        } while (System.nanoTime() < deadline);
        throw new AssertionError("plugin " + name + " not as expected within " + LIVE + ": " + plugin);
    }

    /** Whether the plugin is active with its install date and every one of these hooks. */
    static Predicate<JsonNode> activeWith(List<String> hooks) {
        return plugin -> "active".equals(plugin.path("state").asText()) && plugin.hasNonNull("installeddate")
                && hooks.stream().allMatch(hook -> plugin.path("hooks").toString().contains("\"" + hook + "\""));
    }

    /** The element of a JSON array whose {@code field} reads {@code value}, or {@code null}. */
    static JsonNode first(JsonNode array, String field, String value) {
        for (JsonNode element : array) {
            if (value.equals(element.path(field).asText())) {
                return element;
            }
        }
        return null;
    }

    String shell(String command) throws Exception {
        return new KarafShell(context).execute(command);
    }

    InContainer container() {
        return new InContainer(context);
    }

    /** JSON text of plain values, for request bodies. */
    static final class Json {

        private static final com.fasterxml.jackson.databind.ObjectMapper MAPPER = new com.fasterxml.jackson.databind.ObjectMapper();

        private Json() {
        }

        static String strings(List<String> values) throws Exception {
            return MAPPER.writeValueAsString(values);
        }

        static com.fasterxml.jackson.databind.node.ObjectNode object() {
            return MAPPER.createObjectNode();
        }

        static JsonNode read(String json) throws Exception {
            return MAPPER.readTree(json);
        }
    }
}
