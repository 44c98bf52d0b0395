package org.shopdb.core.internal.openapi;

import java.util.List;

import org.shopdb.api.security.PublicRoutes;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The OpenAPI operation a served route is known to be from its annotations alone:
 * parameters with their schemas, the request body's media types, the response's media
 * types, which bundle serves it, and {@code security: []} on a public route. Fragments add
 * the words and the schemas.
 */
final class OperationSkeleton {

    /** Extension naming the bundle that serves an operation. */
    static final String BUNDLE = "x-shopdb-bundle";
    static final String UNDESCRIBED = "Not described by the OpenAPI fragment of the serving bundle";
    private static final String ANY = "*/*";
    private static final String FORM = "application/x-www-form-urlencoded";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private OperationSkeleton() {
    }

    static boolean isPublic(ServedRoute route) {
        return PublicRoutes.isPublic(route.method(), route.path());
    }

    static ObjectNode of(ServedRoute route) {
        ObjectNode operation = NODES.objectNode();
        ArrayNode parameters = NODES.arrayNode();
        ObjectNode formFields = NODES.objectNode();
        for (RouteParameter parameter : route.parameters()) {
            if (parameter.location() == ParameterLocation.FORM) {
                formFields.set(parameter.name(), ParameterSchemas.of(parameter));
                continue;
            }
            ObjectNode described = parameters.addObject()
                    .put("name", parameter.name())
                    .put("in", parameter.location().openApiName());
            if (parameter.location() == ParameterLocation.PATH) {
                described.put("required", true);
            }
            described.set("schema", ParameterSchemas.of(parameter));
        }
        if (!parameters.isEmpty()) {
            operation.set("parameters", parameters);
        }
        if (route.hasEntity()) {
            ObjectNode content = operation.putObject("requestBody").putObject("content");
            List<String> consumes = !route.consumes().isEmpty() ? route.consumes()
                    : List.of(formFields.isEmpty() ? ANY : FORM);
            for (String mediaType : consumes) {
                ObjectNode schema = content.putObject(mediaType).putObject("schema");
                if (!formFields.isEmpty()) {
                    schema.put("type", "object").set("properties", formFields.deepCopy());
                }
            }
        }
        ObjectNode response = operation.putObject("responses").putObject("default").put("description", UNDESCRIBED);
        if (!route.produces().isEmpty()) {
            ObjectNode content = response.putObject("content");
            route.produces().forEach(mediaType -> content.putObject(mediaType).putObject("schema"));
        }
        if (isPublic(route)) {
            operation.putArray("security");
        }
        operation.put(BUNDLE, route.owner().symbolicName());
        return operation;
    }
}
