package org.shopdb.core.internal.collector;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.List;
import java.util.Locale;

import org.shopdb.api.error.FieldError;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * A collector's record schema, compiled once when the collector arrives. Draft 2020-12
 * unless the schema's {@code $schema} names another draft; {@code format} is asserted
 * (an {@code "format": "ipv4"} field must hold an IPv4 address), as collectors expect.
 */
public final class RecordSchema {

    private final Schema schema;

    private RecordSchema(Schema schema) {
        this.schema = schema;
    }

    /** @throws IllegalArgumentException when the schema cannot be read or is not a valid schema */
    public static RecordSchema load(URL location) {
        if (location == null) {
            throw new IllegalArgumentException("the collector names no record schema (recordSchema() returned null)");
        }
        try (InputStream in = location.openStream()) {
            return of(CollectorJson.MAPPER.readTree(in));
        } catch (IOException | JacksonException e) {
            throw new IllegalArgumentException("cannot read the record schema " + location + ": " + e.getMessage(), e);
        }
    }

    static RecordSchema of(JsonNode schemaNode) {
        SchemaRegistryConfig config = SchemaRegistryConfig.builder().formatAssertionsEnabled(true).locale(Locale.ENGLISH).build();
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                builder -> builder.schemaRegistryConfig(config));
        try {
            Schema schema = registry.getSchema(schemaNode);
            schema.initializeValidators();
            return new RecordSchema(schema);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("the record schema is not a valid JSON Schema: " + e.getMessage(), e);
        }
    }

    /** What is wrong with the record, each error naming the field (dotted, {@code [i]} for array items; empty for the record itself). */
    public List<FieldError> validate(JsonNode record) {
        return schema.validate(record).stream().map(RecordSchema::toFieldError).toList();
    }

    private static FieldError toFieldError(Error error) {
        StringBuilder field = new StringBuilder();
        NodePath location = error.getInstanceLocation();
        for (int i = 0; i < location.getNameCount(); i++) {
            append(field, location.getElement(i));
        }
        if (error.getProperty() != null) {
            append(field, error.getProperty());
        }
        return new FieldError(field.toString(), withoutLocation(error.getMessage()));
    }

    private static void append(StringBuilder field, Object element) {
        if (element instanceof Integer index) {
            field.append('[').append(index).append(']');
        } else {
            if (field.length() > 0) {
                field.append('.');
            }
            field.append(element);
        }
    }

    /** The library starts messages with the JSON path ("$.fps: ..."); the field is reported separately. */
    private static String withoutLocation(String message) {
        if (message != null && message.startsWith("$")) {
            int colon = message.indexOf(": ");
            if (colon > 0) {
                return message.substring(colon + 2);
            }
        }
        return message;
    }
}
