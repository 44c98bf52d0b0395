package org.shopdb.core.internal.audit;

import java.util.LinkedHashMap;
import java.util.Map;

import org.shopdb.api.audit.FieldChange;
import org.shopdb.core.internal.rest.Json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;

/** Stores field changes as JSON: {@code {"name":{"from":"A","to":"B"}}}. */
final class ChangesCodec {

    private static final TypeReference<LinkedHashMap<String, FieldChange>> TYPE = new TypeReference<>() {
    };

    private ChangesCodec() {
    }

    static String encode(Map<String, FieldChange> changes) {
        try {
            return Json.MAPPER.writeValueAsString(changes);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Audit changes are not serialisable: " + e.getOriginalMessage(), e);
        }
    }

    static Map<String, FieldChange> decode(String json) {
        if (json == null || json.isBlank()) {
            return Map.of();
        }
        try {
            return Json.MAPPER.readValue(json, TYPE);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored audit changes are not valid JSON: " + e.getOriginalMessage(), e);
        }
    }
}
