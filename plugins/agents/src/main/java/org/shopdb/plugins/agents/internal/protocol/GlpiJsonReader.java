package org.shopdb.plugins.agents.internal.protocol;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
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
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads GLPI Agent JSON messages and validates inventories against the GLPI inventory format
 * schema ({@code schema/inventory.schema.json}, the glpi-project inventory_format). Each schema
 * error names its field as a dotted path ({@code content.hardware.memory},
 * {@code content.softwares[3].name}).
 */
public final class GlpiJsonReader {

    static final String SCHEMA = "/schema/inventory.schema.json";
    private static final JsonMapper MAPPER = JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    private final Schema schema;

    public GlpiJsonReader() {
        this(GlpiJsonReader.class.getResource(SCHEMA));
    }

    GlpiJsonReader(URL schemaLocation) {
        try (InputStream in = schemaLocation.openStream()) {
            SchemaRegistryConfig config = SchemaRegistryConfig.builder().formatAssertionsEnabled(true).locale(Locale.ENGLISH).build();
            SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7,
                    builder -> builder.schemaRegistryConfig(config));
            schema = registry.getSchema(MAPPER.readTree(in));
            schema.initializeValidators();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the inventory schema " + schemaLocation, e);
        }
    }

    /**
     * @throws AgentRequestException 400 for a body that is not a JSON object, 422 naming every field
     *         of an inventory that breaks the schema
     */
    public GlpiMessage read(byte[] json) {
        JsonNode root = parse(json);
        String action = text(root.get("action"), GlpiMessage.INVENTORY);
        String deviceId = text(root.get("deviceid"), null);
        if (GlpiMessage.CONTACT.equals(action)) {
            if (deviceId == null || deviceId.isBlank()) {
                throw AgentRequestException.invalid("The contact message names no device", List.of(new FieldError("deviceid", "is required")));
            }
            return new GlpiMessage(action, deviceId, GlpiMessage.COMPUTER, false, MAPPER.createObjectNode());
        }
        List<FieldError> errors = validate(root);
        if (!errors.isEmpty()) {
            throw AgentRequestException.invalid("The inventory does not follow the GLPI inventory format", errors);
        }
        JsonNode partial = root.get("partial");
        return new GlpiMessage(action, deviceId, text(root.get("itemtype"), GlpiMessage.COMPUTER),
                partial != null && partial.booleanValue(), (ObjectNode) root.get("content"));
    }

    private static JsonNode parse(byte[] json) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JacksonException e) {
            TokenStreamLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw AgentRequestException.malformed("The body is not valid JSON" + where + ": " + e.getOriginalMessage());
        }
        if (root == null || root.isMissingNode()) {
            throw AgentRequestException.malformed("The body is empty: send an inventory message (a JSON object)");
        }
        if (!root.isObject()) {
            throw AgentRequestException.malformed("The body must be a JSON object: a GLPI Agent message");
        }
        return root;
    }

    /** Every way the message breaks the schema, each naming its field. */
    public List<FieldError> validate(JsonNode message) {
        List<FieldError> errors = new ArrayList<>();
        for (Error error : schema.validate(message)) {
            errors.add(new FieldError(field(error), withoutLocation(error.getMessage())));
        }
        return errors;
    }

    private static String field(Error error) {
        StringBuilder field = new StringBuilder();
        NodePath location = error.getInstanceLocation();
        for (int i = 0; i < location.getNameCount(); i++) {
            append(field, location.getElement(i));
        }
        if (error.getProperty() != null) {
            append(field, error.getProperty());
        }
        return field.length() == 0 ? "body" : field.toString();
    }

    private static void append(StringBuilder field, Object element) {
        if (element instanceof Integer index) {
            field.append('[').append(index).append(']');
        } else {
            field.append(field.length() > 0 ? "." : "").append(element);
        }
    }

    /** The validator starts its messages with the JSON path ("$.content.hardware.memory: …"); the field is reported apart. */
    private static String withoutLocation(String message) {
        if (message != null && message.startsWith("$")) {
            int colon = message.indexOf(": ");
            if (colon > 0) {
                return message.substring(colon + 2);
            }
        }
        return message;
    }

    private static String text(JsonNode node, String fallback) {
        return node != null && node.isString() && !node.stringValue().isBlank() ? node.stringValue() : fallback;
    }
}
