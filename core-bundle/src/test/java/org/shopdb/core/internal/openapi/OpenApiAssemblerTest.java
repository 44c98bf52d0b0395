package org.shopdb.core.internal.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;

import org.junit.jupiter.api.Test;
import org.shopdb.core.internal.rest.Json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

class OpenApiAssemblerTest {

    private static final OwningBundle CORE = new OwningBundle(10, "org.shopdb.core");
    private static final OwningBundle PLUGIN = new OwningBundle(42, "org.shopdb.plugin.gauges");

    @Path("health")
    public static class HealthResource {
        @GET
        @Produces(MediaType.APPLICATION_JSON)
        public String health() {
            return "";
        }
    }

    @Path("things")
    @Produces(MediaType.APPLICATION_JSON)
    public static class ThingResource {
        @GET
        public String list(@QueryParam("limit") @DefaultValue("20") int limit) {
            return "";
        }

        @PUT
        @Path("{id: [0-9]+}")
        @Consumes(MediaType.APPLICATION_JSON)
        public String replace(@PathParam("id") long id, String body) {
            return "";
        }
    }

    @Path("things/{thingId}/gauges")
    public static class GaugeResource {
        @GET
        public String list() {
            return "";
        }
    }

    private static final String CORE_FRAGMENT = """
            {"openapi": "3.0.3", "info": {"title": "ignored", "version": "1"},
             "tags": [{"name": "Things", "description": "core's"}],
             "components": {
               "schemas": {"Thing": {"type": "object"}},
               "responses": {"Unauthorized": {"description": "no token"}},
               "parameters": {"page": {"name": "page", "in": "query", "schema": {"type": "integer"}}},
               "securitySchemes": {"bearerAuth": {"type": "http", "scheme": "bearer"},
                                   "cookieAuth": {"type": "apiKey", "in": "cookie", "name": "shopdb_token"}}},
             "paths": {
               "/api/things": {"get": {"summary": "List things", "tags": ["Things"], "operationId": "listThings",
                  "parameters": [{"name": "limit", "in": "query", "description": "How many", "schema": {"maximum": 500}},
                                 {"name": "q", "in": "query", "schema": {"type": "string"}},
                                 {"$ref": "#/components/parameters/page"}],
                  "responses": {"200": {"description": "Things", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}}}}}},
               "/api/things/{thing}": {"put": {"summary": "Replace a thing",
                  "parameters": [{"name": "thing", "in": "path", "required": true, "schema": {"type": "string"}}],
                  "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}}}}},
               "/api/health": {"get": {"summary": "Health", "security": [{"bearerAuth": []}]}},
               "/api/nowhere": {"get": {"summary": "Not served anywhere"}}
             }}
            """;

    private final OpenApiAssembler assembler = new OpenApiAssembler(JsonNodeFactory.instance.objectNode()
            .put("title", "ShopDB API").put("version", "1.2.3"));

    private final List<ServedRoute> routes = new ArrayList<>(WhiteboardRoutes.served(
            List.of(WhiteboardRoutesTest.application("shopdb", "api", 0, 1, CORE)),
            List.of(WhiteboardRoutesTest.resource("(osgi.jaxrs.name=shopdb)", HealthResource.class, CORE),
                    WhiteboardRoutesTest.resource("(osgi.jaxrs.name=shopdb)", ThingResource.class, CORE),
                    WhiteboardRoutesTest.resource("(osgi.jaxrs.name=shopdb)", GaugeResource.class, PLUGIN))));

    @Test
    void everyServedRouteIsInTheDocumentWithWhatItsAnnotationsSay() {
        JsonNode document = assembler.assemble(routes, List.of()).document();
        assertEquals("3.0.3", document.path("openapi").asText());
        assertEquals("1.2.3", document.path("info").path("version").asText());
        assertEquals(Set.of("/api/health", "/api/things", "/api/things/{id}", "/api/things/{thingId}/gauges"), fieldNames(document.path("paths")));
        JsonNode put = document.path("paths").path("/api/things/{id}").path("put");
        JsonNode id = put.path("parameters").get(0);
        assertEquals("path", id.path("in").asText());
        assertTrue(id.path("required").asBoolean());
        assertEquals("integer", id.path("schema").path("type").asText());
        assertEquals("int64", id.path("schema").path("format").asText());
        assertTrue(put.path("requestBody").path("content").has(MediaType.APPLICATION_JSON));
        assertEquals(20, document.path("paths").path("/api/things").path("get").path("parameters").get(0).path("schema").path("default").asInt());
        assertEquals("org.shopdb.plugin.gauges", document.path("paths").path("/api/things/{thingId}/gauges").path("get")
                .path(OperationSkeleton.BUNDLE).asText());
        assertEquals(OperationSkeleton.UNDESCRIBED, put.path("responses").path("default").path("description").asText());
    }

    @Test
    void fragmentDescriptionIsMergedIntoTheServedOperation() {
        OpenApiAssembler.Result result = assembler.assemble(routes, List.of(fragment(CORE, CORE_FRAGMENT)));
        JsonNode list = result.document().path("paths").path("/api/things").path("get");
        assertEquals("List things", list.path("summary").asText());
        assertEquals("listThings", list.path("operationId").asText());
        assertEquals("Things", result.document().path("tags").get(0).path("name").asText());
        JsonNode limit = list.path("parameters").get(0);
        assertEquals("How many", limit.path("description").asText());
        assertEquals("integer", limit.path("schema").path("type").asText(), "generated type kept");
        assertEquals(500, limit.path("schema").path("maximum").asInt(), "fragment refinement added");
        assertEquals("q", list.path("parameters").get(1).path("name").asText(), "a parameter read through UriInfo is added");
        assertEquals("#/components/parameters/page", list.path("parameters").get(2).path("$ref").asText());
        assertEquals("#/components/schemas/Thing", list.path("responses").path("200").path("content").path("application/json")
                .path("schema").path("$ref").asText());
        assertFalse(list.path("responses").has("default"), "described responses replace the placeholder");
        assertEquals("Thing", result.document().path("components").path("schemas").fieldNames().next());
    }

    @Test
    void fragmentRouteThatIsNotServedIsDroppedWithAWarning() {
        OpenApiAssembler.Result result = assembler.assemble(routes, List.of(fragment(CORE, CORE_FRAGMENT)));
        assertFalse(result.document().path("paths").has("/api/nowhere"));
        assertTrue(result.warnings().contains(new OpenApiWarning(CORE, "GET /api/nowhere is not served; dropped from the document")),
                result.warnings().toString());
    }

    @Test
    void fragmentMatchesPathsByShapeAndKeepsTheServedVariableNames() {
        JsonNode put = assembler.assemble(routes, List.of(fragment(CORE, CORE_FRAGMENT))).document()
                .path("paths").path("/api/things/{id}").path("put");
        assertEquals("Replace a thing", put.path("summary").asText());
        assertEquals(1, put.path("parameters").size(), "{thing} is no variable of the served path: dropped");
        assertEquals("id", put.path("parameters").get(0).path("name").asText());
        assertEquals("integer", put.path("parameters").get(0).path("schema").path("type").asText());
    }

    @Test
    void expressionOfAPathVariableIsThePatternOfAStringParameter() {
        routes.addAll(WhiteboardRoutes.served(List.of(WhiteboardRoutesTest.application("shopdb", "api", 0, 1, CORE)),
                List.of(WhiteboardRoutesTest.resource("(osgi.jaxrs.name=shopdb)", CodeResource.class, PLUGIN))));
        JsonNode code = assembler.assemble(routes, List.of()).document().path("paths").path("/api/codes/{code}").path("get")
                .path("parameters").get(0);
        assertEquals("string", code.path("schema").path("type").asText(), "no @PathParam: a string");
        assertEquals("^(?:[A-Z]{2}-[0-9]+)$", code.path("schema").path("pattern").asText());
    }

    @Path("codes/{code: [A-Z]{2}-[0-9]+}")
    public static class CodeResource {
        @GET
        public String get() {
            return "";
        }
    }

    @Test
    void fragmentMayDescribeOnlyItsOwnBundlesRoutes() {
        String foreign = """
                {"paths": {"/api/things": {"get": {"summary": "Hijacked"}},
                           "/api/things/{thingId}/gauges": {"get": {"summary": "Gauges of a thing"}}}}
                """;
        OpenApiAssembler.Result result = assembler.assemble(routes, List.of(fragment(CORE, CORE_FRAGMENT), fragment(PLUGIN, foreign)));
        JsonNode paths = result.document().path("paths");
        assertEquals("List things", paths.path("/api/things").path("get").path("summary").asText());
        assertEquals("Gauges of a thing", paths.path("/api/things/{thingId}/gauges").path("get").path("summary").asText());
        assertTrue(result.warnings().stream().anyMatch(warning -> warning.bundle().equals(PLUGIN)
                && warning.message().startsWith("GET /api/things is served by org.shopdb.core")), result.warnings().toString());
    }

    @Test
    void securityIsDecidedByPublicRoutesNotByFragments() {
        OpenApiAssembler.Result result = assembler.assemble(routes, List.of(fragment(CORE, CORE_FRAGMENT)));
        JsonNode document = result.document();
        assertEquals(2, document.path("security").size());
        assertEquals("bearerAuth", document.path("security").get(0).fieldNames().next());
        JsonNode health = document.path("paths").path("/api/health").path("get");
        assertTrue(health.path("security").isArray() && health.path("security").isEmpty(), "public: " + health);
        assertFalse(health.path("responses").has("401"));
        assertEquals("#/components/responses/Unauthorized",
                document.path("paths").path("/api/things").path("get").path("responses").path("401").path("$ref").asText());
        assertTrue(result.warnings().stream().anyMatch(warning -> warning.message().contains("security is ignored")));
    }

    @Test
    void firstDefinitionOfAComponentWinsAndADifferentOneIsReported() {
        String plugin = """
                {"components": {"schemas": {"Thing": {"type": "string"}, "Gauge": {"type": "object"}}},
                 "tags": [{"name": "Things", "description": "plugin's"}]}
                """;
        OpenApiAssembler.Result result = assembler.assemble(routes, List.of(fragment(CORE, CORE_FRAGMENT), fragment(PLUGIN, plugin)));
        JsonNode schemas = result.document().path("components").path("schemas");
        assertEquals("object", schemas.path("Thing").path("type").asText());
        assertTrue(schemas.has("Gauge"));
        assertEquals("core's", result.document().path("tags").get(0).path("description").asText());
        assertEquals(1, result.document().path("tags").size());
        assertTrue(result.warnings().stream().anyMatch(warning -> warning.bundle().equals(PLUGIN)
                && warning.message().startsWith("component schemas/Thing is already defined differently")));
    }

    @Test
    void operationIdsStayUnique() {
        String plugin = """
                {"paths": {"/api/things/{id}/gauges": {"get": {"operationId": "listThings"}}}}
                """;
        OpenApiAssembler.Result result = assembler.assemble(routes, List.of(fragment(CORE, CORE_FRAGMENT), fragment(PLUGIN, plugin)));
        assertFalse(result.document().path("paths").path("/api/things/{thingId}/gauges").path("get").has("operationId"));
        assertTrue(result.warnings().stream().anyMatch(warning -> warning.message().startsWith("operationId listThings")));
    }

    @Test
    void bodyOfARouteThatTakesNoneIsDropped() {
        String fragment = """
                {"paths": {"/api/things": {"get": {"requestBody": {"content": {"application/json": {}}}}}}}
                """;
        OpenApiAssembler.Result result = assembler.assemble(routes, List.of(fragment(CORE, fragment)));
        assertFalse(result.document().path("paths").path("/api/things").path("get").has("requestBody"));
        assertEquals(List.of(new OpenApiWarning(CORE, "GET /api/things takes no request body; its requestBody is dropped")),
                result.warnings());
    }

    @Test
    void routesOfOneShapeShareOnePathItem() {
        routes.addAll(WhiteboardRoutes.served(List.of(WhiteboardRoutesTest.application("shopdb", "api", 0, 1, CORE)),
                List.of(WhiteboardRoutesTest.resource("(osgi.jaxrs.name=shopdb)", OtherNames.class, PLUGIN))));
        JsonNode paths = assembler.assemble(routes, List.of()).document().path("paths");
        assertFalse(paths.has("/api/things/{other}"));
        JsonNode delete = paths.path("/api/things/{id}").path("delete");
        assertEquals("id", delete.path("parameters").get(0).path("name").asText());
        assertEquals("org.shopdb.plugin.gauges", delete.path(OperationSkeleton.BUNDLE).asText());
    }

    @Path("things/{other}")
    public static class OtherNames {
        @DELETE
        public void delete(@PathParam("other") String other) {
        }
    }

    private static OpenApiFragment fragment(OwningBundle owner, String json) {
        try {
            return new OpenApiFragment(owner, "openapi/test.json", (ObjectNode) Json.MAPPER.readTree(json));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static Set<String> fieldNames(JsonNode node) {
        Set<String> names = new HashSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
