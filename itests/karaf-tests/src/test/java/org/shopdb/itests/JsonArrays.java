package org.shopdb.itests;

import com.fasterxml.jackson.databind.JsonNode;

/** Looking things up in the JSON arrays the API answers with. */
final class JsonArrays {

    private JsonArrays() {
    }

    /** The first element whose {@code field} has that text value, or {@code null}. */
    static JsonNode first(JsonNode array, String field, String value) {
        for (JsonNode element : array) {
            if (value.equals(element.path(field).asText())) {
                return element;
            }
        }
        return null;
    }
}
