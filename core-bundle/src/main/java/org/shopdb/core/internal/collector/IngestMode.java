package org.shopdb.core.internal.collector;

import java.util.Arrays;
import java.util.List;

import org.shopdb.api.error.FieldError;
import org.shopdb.api.error.InvalidRequestException;

/** How a batch is committed ({@code ?mode=} of {@code POST /api/collector/{name}}). */
public enum IngestMode {

    /** The default: one transaction for the batch; one bad record and nothing is written. */
    ALL_OR_NOTHING("all-or-nothing"),
    /** Each record in its own transaction; the answer reports each record's fate. */
    PER_RECORD("per-record");

    private final String parameter;

    IngestMode(String parameter) {
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }

    /** @throws InvalidRequestException for a value that names no mode */
    public static IngestMode of(String parameter) {
        if (parameter == null || parameter.isBlank()) {
            return ALL_OR_NOTHING;
        }
        return Arrays.stream(values()).filter(mode -> mode.parameter.equals(parameter.trim())).findFirst()
                .orElseThrow(() -> new InvalidRequestException(List.of(new FieldError("mode",
                        "must be all-or-nothing (the default) or per-record, got '" + parameter + "'"))));
    }
}
