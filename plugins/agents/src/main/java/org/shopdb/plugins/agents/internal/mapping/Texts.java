package org.shopdb.plugins.agents.internal.mapping;

import java.util.Map;

/** Putting agent values into collector records: absent values left out, texts cut to the record schema's lengths. */
final class Texts {

    private Texts() {
    }

    static void put(Map<String, Object> record, String field, String value, int maxLength) {
        if (value != null && !value.isBlank()) {
            String trimmed = value.trim();
            record.put(field, trimmed.length() > maxLength ? trimmed.substring(0, maxLength) : trimmed);
        }
    }
}
