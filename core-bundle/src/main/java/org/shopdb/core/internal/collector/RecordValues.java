package org.shopdb.core.internal.collector;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * A record as {@link org.shopdb.api.plugin.Collector#ingest} receives it: objects as maps
 * (in document order), arrays as lists, whole numbers as {@code Long}, other numbers as
 * {@code Double}, and strings, booleans and nulls as themselves.
 */
public final class RecordValues {

    private RecordValues() {
    }

    public static Map<String, Object> toMap(JsonNode record) {
        if (!record.isObject()) {
            throw new IllegalArgumentException("a record is a JSON object");
        }
        Map<String, Object> map = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> property : record.properties()) {
            map.put(property.getKey(), value(property.getValue()));
        }
        return map;
    }

    static Object value(JsonNode node) {
        if (node.isObject()) {
            return toMap(node);
        }
        if (node.isArray()) {
            List<Object> list = new ArrayList<>(node.size());
            node.forEach(item -> list.add(value(item)));
            return list;
        }
        if (node.isIntegralNumber()) {
            if (!node.canConvertToLong()) {
                throw new IllegalArgumentException("whole number out of range: " + node);
            }
            return node.longValue();
        }
        if (node.isNumber()) {
            return node.doubleValue();
        }
        if (node.isString()) {
            return node.stringValue();
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        return null;
    }
}
