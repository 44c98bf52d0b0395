package org.shopdb.core.internal.collector;

import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON reader of collector bodies and record schemas. It is Jackson 3, the Jackson of
 * the schema validator; the rest of the API keeps the Jackson 2 of JAX-RS.
 */
final class CollectorJson {

    /** Duplicate property names are refused: with two values, which one is the record's? */
    static final JsonMapper MAPPER = JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    private CollectorJson() {
    }
}
