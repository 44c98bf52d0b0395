package org.shopdb.core.internal.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.shopdb.core.internal.rest.Json;
import org.shopdb.core.internal.rest.ShopdbApplication;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;

/**
 * The document of the core alone — every JAX-RS resource class compiled into the core,
 * described by the core's own fragment — is valid OpenAPI, and the fragment describes every
 * core route and nothing else.
 */
class CoreOpenApiDocumentTest {

    private static final OwningBundle CORE = new OwningBundle(10, "org.shopdb.core");

    private final OpenApiAssembler.Result result = new OpenApiAssembler(JsonNodeFactory.instance.objectNode()
            .put("title", "ShopDB API").put("version", "0.1.0"))
            .assemble(WhiteboardRoutes.served(List.of(coreApplication()), coreResources()), List.of(coreFragment()));

    @Test
    void documentIsValidOpenApi() throws IOException {
        SwaggerParseResult parsed = validate(Json.MAPPER.writeValueAsString(result.document()));
        assertEquals(List.of(), parsed.getMessages());
        assertEquals(result.document().path("paths").size(), parsed.getOpenAPI().getPaths().size());
    }

    @Test
    void fragmentDescribesEveryCoreRouteAndNoOther() {
        assertEquals(List.of(), result.warnings());
        List<String> undescribed = new ArrayList<>();
        result.document().path("paths").properties().forEach(path -> path.getValue().properties().forEach(operation -> {
            JsonNode described = operation.getValue();
            if (!described.has("summary") || described.path("responses").has("default")) {
                undescribed.add(operation.getKey() + " " + path.getKey());
            }
        }));
        assertEquals(List.of(), undescribed);
        assertTrue(result.document().path("paths").size() >= 17, result.document().path("paths").toString());
    }

    @Test
    void publicRoutesAreMarkedAndTheEnvelopesAreShared() {
        JsonNode paths = result.document().path("paths");
        for (String publicPath : List.of("/api/health", "/api/openapi.json")) {
            assertTrue(paths.path(publicPath).path("get").path("security").isEmpty(), publicPath);
            assertTrue(paths.path(publicPath).path("get").path("security").isArray(), publicPath);
        }
        assertTrue(paths.path("/api/auth/login").path("post").path("security").isArray());
        assertFalse(paths.path("/api/assets").path("get").has("security"), "inherits the document's");
        JsonNode components = result.document().path("components");
        for (String schema : List.of("DataEnvelope", "ErrorEnvelope", "Meta", "Error", "FieldError")) {
            assertTrue(components.path("schemas").has(schema), schema);
        }
        assertEquals("bearer", components.path("securitySchemes").path("bearerAuth").path("scheme").asText());
        assertEquals("shopdb_token", components.path("securitySchemes").path("cookieAuth").path("name").asText());
    }

    /** The fragment is itself a valid OpenAPI document, so editors and linters can check it as it is written. */
    @Test
    void fragmentIsItselfValidOpenApi() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/openapi/shopdb-core.json")) {
            assertEquals(List.of(), validate(new String(in.readAllBytes(), StandardCharsets.UTF_8)).getMessages());
        }
    }

    private static SwaggerParseResult validate(String json) {
        ParseOptions options = new ParseOptions();
        options.setValidateInternalRefs(true);
        return new OpenAPIV3Parser().readContents(json, null, options);
    }

    private static WhiteboardApplication coreApplication() {
        return new WhiteboardApplication(ShopdbApplication.NAME, ShopdbApplication.BASE, Map.of(WhiteboardApplication.NAME,
                ShopdbApplication.NAME, WhiteboardApplication.BASE, ShopdbApplication.BASE), 0, 1, CORE, List.of());
    }

    /** Every class compiled into the core that carries {@code @Path}: a new resource is checked without listing it here. */
    private static List<WhiteboardResource> coreResources() {
        Path classes = Path.of("target/classes");
        try (Stream<Path> files = Files.walk(classes)) {
            List<WhiteboardResource> resources = new ArrayList<>();
            for (Path file : files.filter(file -> file.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name, false, CoreOpenApiDocumentTest.class.getClassLoader());
                if (type.isAnnotationPresent(javax.ws.rs.Path.class)) {
                    resources.add(new WhiteboardResource(Map.of(WhiteboardResource.APPLICATION_SELECT, ShopdbApplication.SELECT), type, CORE));
                }
            }
            assertTrue(resources.size() >= 12, resources.toString());
            return resources;
        } catch (IOException | ClassNotFoundException e) {
            throw new AssertionError(e);
        }
    }

    private static OpenApiFragment coreFragment() {
        try (InputStream in = CoreOpenApiDocumentTest.class.getResourceAsStream("/openapi/shopdb-core.json")) {
            return new OpenApiFragment(CORE, "openapi/shopdb-core.json", (ObjectNode) Json.MAPPER.readTree(in));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
