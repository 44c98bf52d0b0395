package org.shopdb.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.CoreOptions.bundle;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;

import java.io.IOException;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

import javax.inject.Inject;

import org.junit.Before;
import org.junit.Test;
import org.ops4j.pax.exam.Option;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.shopdb.itests.openapi.validation.OpenApiValidation;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * {@code GET /api/openapi.json} on the running distribution: public, valid OpenAPI 3, and
 * always the routes the whiteboard serves — no more, no fewer — also while a plugin bundle
 * with resources of its own comes and goes. Each subclass boots it on one database.
 */
public abstract class OpenApiContract {

    static final String PROBE_BUNDLE = "shopdb.openapi.probe.bundle";
    static final String VALIDATOR_BUNDLE = "shopdb.openapi.validator.bundle";
    private static final String PROBE = "org.shopdb.itests.openapi.probe";
    private static final String DOCUMENT = "/api/openapi.json";
    private static final Duration BOOT = Duration.ofSeconds(90);
    private static final Duration CHANGE = Duration.ofSeconds(60);

    @Inject
    protected BundleContext context;

    private final Http anonymous = Http.anonymous();
    private final Http admin = new Http();

    /** The validator inside the container, and where the probe plugin is to be installed from. */
    protected static Option[] openApiOptions() {
        return new Option[] {
            bundle(ShopdbDistribution.required(VALIDATOR_BUNDLE)),
            systemProperty(PROBE_BUNDLE).value(ShopdbDistribution.required(PROBE_BUNDLE))
        };
    }

    /**
     * Waits until the core's resources are all registered (the document lists the late
     * ones) and its application answers: while the whiteboard rebuilds an application as
     * resources join, a request can meet CXF's endpoint between two servers and get a 500.
     */
    @Before
    public void awaitTheCoresRoutes() throws Exception {
        anonymous.awaitStatus("/api/health", 200, BOOT);
        awaitDocument(document -> document.path("paths").has("/api/assettypes") && document.path("paths").has("/api/auth/login"), BOOT);
        anonymous.awaitStatus("/api/assettypes", 401, BOOT);
        admin.awaitStatus("/api/assettypes", 200, BOOT); // logs in now, not while a plugin joins the application
    }

    @Test
    public void documentIsPublicAndValidOpenApi3() throws Exception {
        Http.Reply reply = anonymous.get(DOCUMENT);
        assertEquals(reply.toString(), 200, reply.status());
        assertTrue(reply.header("Content-Type").orElse(""), reply.header("Content-Type").orElse("").startsWith("application/json"));
        JsonNode document = reply.json();
        assertTrue(document.path("openapi").asText(), document.path("openapi").asText().startsWith("3."));
        assertEquals("swagger-parser finds nothing wrong", List.of(), OpenApiValidation.problems(reply.body()));

        JsonNode components = document.path("components");
        for (String schema : List.of("DataEnvelope", "ErrorEnvelope", "Meta", "Asset", "AssetList")) {
            assertTrue(schema, components.path("schemas").has(schema));
        }
        assertEquals("bearer", components.path("securitySchemes").path("bearerAuth").path("scheme").asText());
        assertEquals("cookie", components.path("securitySchemes").path("cookieAuth").path("in").asText());
        assertEquals(2, document.path("security").size());

        JsonNode paths = document.path("paths");
        for (String[] route : new String[][] {{"/api/health", "get"}, {"/api/openapi.json", "get"}, {"/api/auth/login", "post"}}) {
            JsonNode security = paths.path(route[0]).path(route[1]).path("security");
            assertTrue(route[0] + " is public: " + security, security.isArray() && security.isEmpty());
        }
        JsonNode listAssets = paths.path("/api/assets").path("get");
        assertEquals("List assets", listAssets.path("summary").asText());
        assertFalse("needs the document's security", listAssets.has("security"));
        assertEquals("#/components/responses/Unauthorized", listAssets.path("responses").path("401").path("$ref").asText());
        assertEquals("org.shopdb.core", listAssets.path("x-shopdb-bundle").asText());
    }

    @Test
    public void documentedRoutesAreExactlyTheServedRoutes() throws Exception {
        Set<String> documented = awaitDocumentMatchingServedRoutes();
        assertTrue(documented.toString(), documented.containsAll(List.of("GET /api/assets", "DELETE /api/assets/1",
                "POST /api/auth/login", "GET /api/openapi.json", "DELETE /api/assets/1/addresses/1")));
    }

    @Test
    public void pluginRoutesAppearWhenItsBundleIsInstalledAndVanishWhenItIsUninstalled() throws Exception {
        Bundle probe = context.installBundle(System.getProperty(PROBE_BUNDLE));
        try {
            probe.start();
            admin.awaitStatus("/openapi-probe/gauges", 200, CHANGE);
            admin.awaitStatus("/api/openapi-probe-notes", 200, CHANGE);
            JsonNode document = awaitDocument(candidate -> candidate.path("paths").path("/openapi-probe/gauges/{id}").has("patch")
                    && candidate.path("paths").has("/api/openapi-probe-notes"), CHANGE);
            Set<String> documented = awaitDocumentMatchingServedRoutes();
            assertTrue(documented.toString(), documented.containsAll(List.of("GET /openapi-probe/gauges",
                    "GET /openapi-probe/gauges/1", "PATCH /openapi-probe/gauges/1", "GET /api/openapi-probe-notes")));

            JsonNode paths = document.path("paths");
            JsonNode list = paths.path("/openapi-probe/gauges").path("get");
            assertEquals("from the probe's fragment", "List probe gauges", list.path("summary").asText());
            assertEquals(PROBE, list.path("x-shopdb-bundle").asText());
            JsonNode limit = list.path("parameters").get(0);
            assertEquals("limit", limit.path("name").asText());
            assertEquals("integer from the annotations", "integer", limit.path("schema").path("type").asText());
            assertEquals("@DefaultValue", 10, limit.path("schema").path("default").asInt());
            assertEquals("refined by the fragment", 100, limit.path("schema").path("maximum").asInt());
            JsonNode get = paths.path("/openapi-probe/gauges/{id}").path("get");
            assertEquals("int64", parameter(get, "id").path("schema").path("format").asText());
            assertEquals("header", parameter(get, "X-Probe-Trace").path("in").asText());
            assertEquals("#/components/responses/Unauthorized", get.path("responses").path("401").path("$ref").asText());
            assertEquals("Probe gauges", document.path("tags").findValuesAsText("name").stream()
                    .filter("Probe gauges"::equals).findFirst().orElse(""));

            assertFalse("a described route that is not served is dropped", paths.has("/openapi-probe/not-served"));
            assertTrue("and the drop is logged", KarafLog.warnLinesContaining(PROBE, "GET /openapi-probe/not-served is not served") >= 1);
            assertEquals("still valid with the plugin's fragment merged", List.of(),
                    OpenApiValidation.problems(anonymous.get(DOCUMENT).body()));
        } finally {
            probe.uninstall();
        }
        awaitDocument(candidate -> !candidate.path("paths").has("/openapi-probe/gauges")
                && !candidate.path("paths").has("/api/openapi-probe-notes"), CHANGE);
        Set<String> documented = awaitDocumentMatchingServedRoutes();
        assertTrue(documented.toString(), documented.stream().noneMatch(route -> route.contains("openapi-probe")));
        assertTrue("the core's routes stay", documented.contains("GET /api/assets"));
        assertNotEquals("and the plugin's are no longer answered", 200, admin.get("/openapi-probe/gauges").status());
    }

    /**
     * Polls until the document lists exactly the routes {@link ServedRoutes} finds (both
     * change while the whiteboard settles), and fails naming the difference if it never does.
     */
    private Set<String> awaitDocumentMatchingServedRoutes() throws Exception {
        long deadline = System.nanoTime() + CHANGE.toNanos();
        Set<String> documented = Set.of();
        Set<String> served = Set.of();
        while (System.nanoTime() < deadline) {
            Http.Reply reply = anonymous.get(DOCUMENT);
            if (reply.status() == 200) {
                documented = routes(reply.json());
                try {
                    served = served();
                } catch (AssertionError resourceWithoutApplicationYet) {
                    served = Set.of();
                }
                if (documented.equals(served)) {
                    return documented;
                }
            }
            Thread.sleep(250);
        }
        Set<String> onlyDocumented = new TreeSet<>(documented);
        onlyDocumented.removeAll(served);
        Set<String> onlyServed = new TreeSet<>(served);
        onlyServed.removeAll(documented);
        throw new AssertionError("document and served routes differ: only documented " + onlyDocumented + ", only served " + onlyServed);
    }

    private Set<String> served() throws Exception {
        Set<String> served = new HashSet<>();
        for (ServedRoutes.Route route : ServedRoutes.of(context)) {
            served.add(route.method() + " " + route.path());
        }
        return served;
    }

    /** {@code METHOD path} of every operation, path variables filled with {@code 1} as {@link ServedRoutes} does. */
    private static Set<String> routes(JsonNode document) {
        Set<String> routes = new HashSet<>();
        document.path("paths").properties().forEach(path -> path.getValue().fieldNames().forEachRemaining(method ->
                routes.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey().replaceAll("\\{[^}]+}", "1"))));
        return routes;
    }

    private JsonNode awaitDocument(Predicate<JsonNode> condition, Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        JsonNode last = null;
        while (System.nanoTime() < deadline) {
            Http.Reply reply = anonymous.get(DOCUMENT);
            if (reply.status() == 200) {
                last = reply.json();
                if (condition.test(last)) {
                    return last;
                }
            }
            Thread.sleep(250);
        }
        throw new AssertionError("The document did not change as expected within " + timeout + "; last paths: "
                + (last == null ? "none" : last.path("paths").properties().stream().map(Map.Entry::getKey).toList()));
    }

    private static JsonNode parameter(JsonNode operation, String name) {
        for (JsonNode parameter : operation.path("parameters")) {
            if (name.equals(parameter.path("name").asText())) {
                return parameter;
            }
        }
        throw new AssertionError("No parameter " + name + " in " + operation);
    }
}
