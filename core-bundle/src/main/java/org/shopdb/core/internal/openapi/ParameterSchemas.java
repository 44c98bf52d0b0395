package org.shopdb.core.internal.openapi;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.Date;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The OpenAPI schema of a parameter from the Java type JAX-RS converts it to, with its default and pattern. */
final class ParameterSchemas {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ParameterSchemas() {
    }

    static ObjectNode of(RouteParameter parameter) {
        ObjectNode schema = of(parameter.type());
        if (parameter.pattern() != null && "string".equals(schema.path("type").asText())) {
            schema.put("pattern", "^(?:" + parameter.pattern() + ")$");
        }
        if (parameter.defaultValue() != null) {
            ObjectNode target = schema.has("items") ? (ObjectNode) schema.get("items") : schema;
            typed(target, parameter.defaultValue()).ifPresent(value -> target.set("default", value));
        }
        return schema;
    }

    static ObjectNode of(Type type) {
        if (type instanceof ParameterizedType parameterized) {
            Class<?> raw = ResourceIntrospector.rawClass(parameterized);
            Type element = parameterized.getActualTypeArguments()[0];
            if (Collection.class.isAssignableFrom(raw)) {
                ObjectNode array = NODES.objectNode().put("type", "array");
                array.set("items", of(element));
                return array;
            }
            if (raw == Optional.class) {
                return of(element);
            }
        }
        Class<?> raw = ResourceIntrospector.rawClass(type);
        if (raw.isArray() && raw != char[].class) {
            ObjectNode array = NODES.objectNode().put("type", "array");
            array.set("items", of(raw.getComponentType()));
            return array;
        }
        return scalar(raw);
    }

    private static ObjectNode scalar(Class<?> raw) {
        ObjectNode schema = NODES.objectNode();
        if (raw == int.class || raw == Integer.class || raw == short.class || raw == Short.class
                || raw == byte.class || raw == Byte.class) {
            return schema.put("type", "integer").put("format", "int32");
        }
        if (raw == long.class || raw == Long.class) {
            return schema.put("type", "integer").put("format", "int64");
        }
        if (raw == BigInteger.class) {
            return schema.put("type", "integer");
        }
        if (raw == float.class || raw == Float.class) {
            return schema.put("type", "number").put("format", "float");
        }
        if (raw == double.class || raw == Double.class) {
            return schema.put("type", "number").put("format", "double");
        }
        if (raw == BigDecimal.class) {
            return schema.put("type", "number");
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return schema.put("type", "boolean");
        }
        schema.put("type", "string");
        if (raw.isEnum()) {
            ArrayNode values = schema.putArray("enum");
            for (Object constant : raw.getEnumConstants()) {
                values.add(((Enum<?>) constant).name());
            }
        } else if (raw == UUID.class) {
            schema.put("format", "uuid");
        } else if (raw == LocalDate.class) {
            schema.put("format", "date");
        } else if (raw == Instant.class || raw == OffsetDateTime.class || raw == ZonedDateTime.class
                || raw == LocalDateTime.class || raw == Date.class) {
            schema.put("format", "date-time");
        }
        return schema;
    }

    /** The default as a value of the schema's type; none when the text does not convert (JAX-RS would fail too). */
    private static Optional<JsonNode> typed(ObjectNode schema, String text) {
        try {
            return switch (schema.path("type").asText()) {
                case "integer" -> Optional.of(NODES.numberNode(new BigInteger(text.trim())));
                case "number" -> Optional.of(NODES.numberNode(new BigDecimal(text.trim())));
                case "boolean" -> Optional.of(NODES.booleanNode(Boolean.parseBoolean(text.trim())));
                default -> Optional.of(NODES.textNode(text));
            };
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }
}
