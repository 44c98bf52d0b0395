package org.shopdb.core.internal.family;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URL;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.shopdb.api.error.FieldError;
import org.shopdb.core.internal.collector.RecordSchema;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A family's field schema as the store uses it: the fields it knows, those a request may not
 * set ({@code readOnly}), and the JSON Schema check of the values a write would store.
 */
final class FamilySchema {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private final RecordSchema validation;
    private final Set<String> known;
    private final Set<String> readOnly;

    private FamilySchema(RecordSchema validation, Set<String> known, Set<String> readOnly) {
        this.validation = validation;
        this.known = known;
        this.readOnly = readOnly;
    }

    /** @throws IllegalArgumentException when the schema cannot be read or has no properties */
    static FamilySchema load(URL location) {
        if (location == null) {
            throw new IllegalArgumentException("the family names no field schema (fieldSchema() returned null)");
        }
        JsonNode document;
        try (InputStream in = location.openStream()) {
            document = MAPPER.readTree(in);
        } catch (IOException | JacksonException e) {
            throw new IllegalArgumentException("cannot read the field schema " + location + ": " + e.getMessage(), e);
        }
        JsonNode properties = document.path("properties");
        if (!properties.isObject() || properties.isEmpty()) {
            throw new IllegalArgumentException("the field schema " + location + " has no \"properties\"");
        }
        Set<String> known = new LinkedHashSet<>();
        Set<String> readOnly = new LinkedHashSet<>();
        properties.properties().forEach(property -> {
            known.add(property.getKey());
            if (property.getValue().path("readOnly").asBoolean(false)) {
                readOnly.add(property.getKey());
            }
        });
        return new FamilySchema(RecordSchema.load(location), known, readOnly);
    }

    boolean knows(String field) {
        return known.contains(field);
    }

    boolean isReadOnly(String field) {
        return readOnly.contains(field);
    }

    /** Fields of {@code values} the schema does not know, each an error listing what it knows. */
    List<FieldError> unknown(Map<String, ?> values) {
        List<FieldError> errors = new ArrayList<>();
        for (String field : values.keySet()) {
            if (!known.contains(field)) {
                errors.add(new FieldError(field, "is not a field of this collection; its fields are " + known));
            }
        }
        return errors;
    }

    /** What the schema says is wrong with values a write would store (times as ISO-8601 text, as in JSON). */
    List<FieldError> check(Map<String, ?> values) {
        Map<String, Object> json = new LinkedHashMap<>();
        values.forEach((field, value) -> json.put(field, asJson(value)));
        return validation.validate(MAPPER.valueToTree(json));
    }

    private static Object asJson(Object value) {
        if (value instanceof Instant || value instanceof LocalDate) {
            return value.toString();
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.doubleValue();
        }
        return value;
    }
}
