package org.shopdb.core.internal.collector;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;

/**
 * The records of a collector request. Three shapes are taken, so that a script can send
 * what is easiest for it:
 * <ul>
 * <li>a JSON array: a batch, each element one record;</li>
 * <li>an object whose only property is {@code records}, an array: the same batch, for clients
 * that must send an object at the top;</li>
 * <li>any other object: one record (a batch of one).</li>
 * </ul>
 * A record schema with a single property called {@code records} of type array would be
 * ambiguous in the second form; such a collector's clients send arrays.
 */
public final class CollectorBody {

    static final String RECORDS = "records";

    private CollectorBody() {
    }

    /**
     * @throws InvalidJsonException when the body is empty, not JSON, or neither an object nor an
     *         array, or the batch is empty
     */
    public static List<JsonNode> records(byte[] body) {
        JsonNode root;
        try {
            root = CollectorJson.MAPPER.readTree(body);
        } catch (JacksonException e) {
            TokenStreamLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new InvalidJsonException("The body is not valid JSON" + where);
        }
        if (root == null || root.isMissingNode()) {
            throw new InvalidJsonException("The body is empty: send one record (an object) or a batch (an array of objects)");
        }
        JsonNode batch = root;
        if (root.isObject() && root.size() == 1 && root.has(RECORDS) && root.get(RECORDS).isArray()) {
            batch = root.get(RECORDS);
        } else if (root.isObject()) {
            return List.of(root);
        }
        if (!batch.isArray()) {
            throw new InvalidJsonException("The body must be one record (an object) or a batch (an array of objects, or {\"records\": [...]})");
        }
        if (batch.isEmpty()) {
            throw new InvalidJsonException("The batch is empty: send at least one record");
        }
        List<JsonNode> records = new ArrayList<>(batch.size());
        batch.forEach(records::add);
        return records;
    }
}
