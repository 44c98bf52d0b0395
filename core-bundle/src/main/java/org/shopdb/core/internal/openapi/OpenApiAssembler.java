package org.shopdb.core.internal.openapi;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Builds the OpenAPI document: one operation per served route (from the annotations), then
 * the fragments of the bundles merged in, in the order given (the first definition of a
 * component or tag wins). A fragment describes only routes its own bundle serves; anything
 * else it lists is left out with a {@link OpenApiWarning}. Every route that is not public
 * answers {@code 401} and requires the bearer token or the cookie, when the fragments
 * define those (the core's does).
 */
final class OpenApiAssembler {

    static final String OPENAPI_VERSION = "3.0.3";
    static final String BEARER_SCHEME = "bearerAuth";
    static final String COOKIE_SCHEME = "cookieAuth";
    static final String UNAUTHORIZED = "Unauthorized";
    /** Operation keys in the order OpenAPI lists them. */
    static final List<String> METHODS = List.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Comparator<ServedRoute> ORDER = Comparator
            .comparingLong((ServedRoute route) -> route.owner().id())
            .thenComparing(ServedRoute::path)
            .thenComparing(ServedRoute::method);

    /** What the document says, and what it left out. */
    record Result(ObjectNode document, List<OpenApiWarning> warnings) {
    }

    private record Operation(ServedRoute route, ObjectNode node) {
    }

    private final ObjectNode info;

    /** @param info the document's {@code info} object (title, version, description) */
    OpenApiAssembler(ObjectNode info) {
        this.info = info.deepCopy();
    }

    Result assemble(List<ServedRoute> routes, List<OpenApiFragment> fragments) {
        List<OpenApiWarning> warnings = new ArrayList<>();
        ObjectNode components = NODES.objectNode();
        ArrayNode tags = NODES.arrayNode();
        mergeComponentsAndTags(fragments, components, tags, warnings);
        Map<String, Operation> operations = skeletons(routes, warnings);
        for (OpenApiFragment fragment : fragments) {
            describe(fragment, operations, new OperationMerge(components,
                    message -> warnings.add(new OpenApiWarning(fragment.owner(), message))), warnings);
        }
        requireAuthentication(operations, components);
        uniqueOperationIds(operations, warnings);

        ObjectNode document = NODES.objectNode().put("openapi", OPENAPI_VERSION);
        document.set("info", info.deepCopy());
        if (!tags.isEmpty()) {
            document.set("tags", tags);
        }
        document.set("paths", paths(operations));
        if (!components.isEmpty()) {
            document.set("components", components);
        }
        JsonNode schemes = components.path("securitySchemes");
        if (schemes.has(BEARER_SCHEME) && schemes.has(COOKIE_SCHEME)) {
            ArrayNode security = document.putArray("security");
            security.addObject().putArray(BEARER_SCHEME);
            security.addObject().putArray(COOKIE_SCHEME);
        }
        return new Result(document, List.copyOf(warnings));
    }

    private static Map<String, Operation> skeletons(List<ServedRoute> routes, List<OpenApiWarning> warnings) {
        Map<String, PathTemplate> canonical = new HashMap<>();
        Map<String, Operation> operations = new LinkedHashMap<>();
        for (ServedRoute served : routes.stream().sorted(ORDER).toList()) {
            if (!METHODS.contains(served.method().toLowerCase(Locale.ROOT))) {
                warnings.add(new OpenApiWarning(served.owner(), served.method() + " " + served.path()
                        + " (" + served.javaMethod() + ") uses an HTTP method OpenAPI cannot describe; left out"));
                continue;
            }
            ServedRoute route = served.onPath(canonical.computeIfAbsent(served.template().shape(), shape -> served.template()));
            Operation existing = operations.get(route.key());
            if (existing != null) {
                warnings.add(new OpenApiWarning(route.owner(), route.method() + " " + route.path() + " is served twice ("
                        + existing.route().javaMethod() + ", " + route.javaMethod() + "); documented once"));
                continue;
            }
            operations.put(route.key(), new Operation(route, OperationSkeleton.of(route)));
        }
        return operations;
    }

    private static void mergeComponentsAndTags(List<OpenApiFragment> fragments, ObjectNode components, ArrayNode tags,
            List<OpenApiWarning> warnings) {
        Map<String, OwningBundle> definedBy = new HashMap<>();
        Set<String> tagNames = new HashSet<>();
        for (OpenApiFragment fragment : fragments) {
            for (Map.Entry<String, JsonNode> section : fragment.content().path("components").properties()) {
                ObjectNode target = components.get(section.getKey()) instanceof ObjectNode existing
                        ? existing : components.putObject(section.getKey());
                for (Map.Entry<String, JsonNode> component : section.getValue().properties()) {
                    String key = section.getKey() + "/" + component.getKey();
                    JsonNode existing = target.get(component.getKey());
                    if (existing == null) {
                        target.set(component.getKey(), component.getValue().deepCopy());
                        definedBy.put(key, fragment.owner());
                    } else if (!existing.equals(component.getValue())) {
                        warnings.add(new OpenApiWarning(fragment.owner(), "component " + key + " is already defined differently by "
                                + definedBy.get(key) + "; that definition is kept"));
                    }
                }
            }
            for (JsonNode tag : fragment.content().path("tags")) {
                if (tagNames.add(tag.path("name").asText())) {
                    tags.add(tag.deepCopy());
                }
            }
        }
    }

    private static void describe(OpenApiFragment fragment, Map<String, Operation> operations, OperationMerge merge,
            List<OpenApiWarning> warnings) {
        for (Map.Entry<String, JsonNode> pathItem : fragment.content().path("paths").properties()) {
            String path = pathItem.getKey();
            for (Map.Entry<String, JsonNode> field : pathItem.getValue().properties()) {
                String method = field.getKey().toLowerCase(Locale.ROOT);
                if (!METHODS.contains(method)) {
                    warnings.add(new OpenApiWarning(fragment.owner(), path + ": path-level '" + field.getKey()
                            + "' is ignored; describe each operation instead"));
                    continue;
                }
                String name = method.toUpperCase(Locale.ROOT) + " " + path;
                Operation operation = operations.get(ServedRoute.key(method, PathTemplate.shapeOf(path)));
                if (operation == null) {
                    warnings.add(new OpenApiWarning(fragment.owner(), name + " is not served; dropped from the document"));
                } else if (operation.route().owner().id() != fragment.owner().id()) {
                    warnings.add(new OpenApiWarning(fragment.owner(), name + " is served by " + operation.route().owner()
                            + ", not by this bundle; its description is dropped"));
                } else {
                    merge.merge(operation.node(), operation.route(), field.getValue());
                }
            }
        }
    }

    /** Every route but the public ones needs credentials: say so once for all, and that it may answer 401. */
    private static void requireAuthentication(Map<String, Operation> operations, ObjectNode components) {
        if (!components.path("responses").has(UNAUTHORIZED)) {
            return;
        }
        for (Operation operation : operations.values()) {
            ObjectNode responses = (ObjectNode) operation.node().get("responses");
            if (!OperationSkeleton.isPublic(operation.route()) && responses != null && !responses.has("401")) {
                responses.putObject("401").put("$ref", "#/components/responses/" + UNAUTHORIZED);
            }
        }
    }

    private static void uniqueOperationIds(Map<String, Operation> operations, List<OpenApiWarning> warnings) {
        Set<String> seen = new HashSet<>();
        for (Operation operation : operations.values()) {
            JsonNode id = operation.node().get("operationId");
            if (id != null && !seen.add(id.asText())) {
                operation.node().remove("operationId");
                warnings.add(new OpenApiWarning(operation.route().owner(), "operationId " + id.asText() + " of "
                        + operation.route().method() + " " + operation.route().path() + " is taken; removed"));
            }
        }
    }

    private static ObjectNode paths(Map<String, Operation> operations) {
        List<Operation> ordered = new ArrayList<>(operations.values());
        ordered.sort(Comparator.comparing((Operation operation) -> operation.route().path())
                .thenComparingInt(operation -> METHODS.indexOf(operation.route().method().toLowerCase(Locale.ROOT))));
        ObjectNode paths = NODES.objectNode();
        for (Operation operation : ordered) {
            ObjectNode pathItem = paths.get(operation.route().path()) instanceof ObjectNode existing
                    ? existing : paths.putObject(operation.route().path());
            pathItem.set(operation.route().method().toLowerCase(Locale.ROOT), operation.node());
        }
        return paths;
    }
}
