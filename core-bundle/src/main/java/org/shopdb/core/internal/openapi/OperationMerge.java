package org.shopdb.core.internal.openapi;

import java.util.Map;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Merges a fragment's description of one operation into the operation generated for the
 * served route. What is served decides: a path parameter the path does not have, a body for
 * a method that takes none and a different {@code security} are dropped with a warning.
 * Parameters merge by {@code in} and {@code name} (query, header and cookie parameters the
 * annotations cannot show, e.g. read through {@code UriInfo}, are added); {@code responses}
 * replace the placeholder; the rest merges deeply.
 */
final class OperationMerge {

    private static final String PARAMETER_REF = "#/components/parameters/";

    private final ObjectNode components;
    private final Consumer<String> warnings;

    /** @param components the merged components, to resolve parameter {@code $ref}s */
    OperationMerge(ObjectNode components, Consumer<String> warnings) {
        this.components = components;
        this.warnings = warnings;
    }

    void merge(ObjectNode operation, ServedRoute route, JsonNode described) {
        String name = route.method() + " " + route.path();
        for (Map.Entry<String, JsonNode> field : described.properties()) {
            JsonNode value = field.getValue();
            switch (field.getKey()) {
                case "parameters" -> mergeParameters(operation, name, value);
                case "requestBody" -> mergeRequestBody(operation, route, name, value);
                case "responses" -> operation.set("responses", value.deepCopy());
                case "security" -> warnings.accept(name + ": security is ShopDB's (public routes: PublicRoutes), "
                        + "not a fragment's; its security is ignored");
                case OperationSkeleton.BUNDLE -> {
                    // always the bundle actually serving the route
                }
                default -> {
                    if (operation.get(field.getKey()) instanceof ObjectNode existing && value.isObject()) {
                        JsonMerge.into(existing, value);
                    } else {
                        operation.set(field.getKey(), value.deepCopy());
                    }
                }
            }
        }
    }

    private void mergeRequestBody(ObjectNode operation, ServedRoute route, String name, JsonNode body) {
        if (!route.hasEntity()) {
            warnings.accept(name + " takes no request body; its requestBody is dropped");
            return;
        }
        if (body.has("$ref")) {
            operation.set("requestBody", body.deepCopy());
            return;
        }
        ObjectNode merged = operation.get("requestBody") instanceof ObjectNode generated ? generated : operation.putObject("requestBody");
        if (body.has("content")) {
            merged.remove("content");
        }
        JsonMerge.into(merged, body);
    }

    private void mergeParameters(ObjectNode operation, String name, JsonNode described) {
        ArrayNode parameters = operation.get("parameters") instanceof ArrayNode generated
                ? generated : JsonNodeFactory.instance.arrayNode();
        for (JsonNode parameter : described) {
            JsonNode definition = parameter.has("$ref") ? resolve(parameter.path("$ref").asText()) : parameter;
            String location = definition.path("in").asText();
            String parameterName = definition.path("name").asText();
            if (location.isEmpty() || parameterName.isEmpty()) {
                warnings.accept(name + ": parameter " + parameter + " has no name and in (or its $ref is unknown); dropped");
                continue;
            }
            int index = indexOf(parameters, location, parameterName);
            if (index >= 0) {
                parameters.set(index, merged((ObjectNode) parameters.get(index), parameter));
            } else if ("path".equals(location)) {
                warnings.accept(name + " has no path variable {" + parameterName + "}; that parameter is dropped");
            } else {
                parameters.add(parameter.deepCopy());
            }
        }
        if (!parameters.isEmpty()) {
            operation.set("parameters", parameters);
        }
    }

    /** A {@code $ref} replaces the generated parameter; inline fields refine it, keeping its name and place. */
    private static JsonNode merged(ObjectNode generated, JsonNode parameter) {
        if (parameter.has("$ref")) {
            return parameter.deepCopy();
        }
        ObjectNode merged = generated.deepCopy();
        JsonMerge.into(merged, parameter);
        merged.set("name", generated.get("name"));
        merged.set("in", generated.get("in"));
        if (generated.has("required") && "path".equals(generated.path("in").asText())) {
            merged.put("required", true);
        }
        return merged;
    }

    private JsonNode resolve(String reference) {
        if (!reference.startsWith(PARAMETER_REF)) {
            return JsonNodeFactory.instance.objectNode();
        }
        return components.path("parameters").path(reference.substring(PARAMETER_REF.length()));
    }

    private static int indexOf(ArrayNode parameters, String location, String name) {
        for (int index = 0; index < parameters.size(); index++) {
            JsonNode parameter = parameters.get(index);
            if (location.equals(parameter.path("in").asText()) && name.equals(parameter.path("name").asText())) {
                return index;
            }
        }
        return -1;
    }
}
