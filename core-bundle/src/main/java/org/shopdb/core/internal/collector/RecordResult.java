package org.shopdb.core.internal.collector;

import java.util.List;

import org.shopdb.api.error.FieldError;
import org.shopdb.api.plugin.CollectorOutcome;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What became of one record.
 *
 * @param result  {@code created}, {@code updated}, {@code unchanged} or (per-record mode) {@code failed}
 * @param assetId the asset the record landed on; absent when it failed
 * @param errors  why it failed
 */
public record RecordResult(@JsonProperty("index") int index, @JsonProperty("result") String result,
        @JsonProperty("assetid") Long assetId, @JsonProperty("errors") List<FieldError> errors) {

    static final String FAILED = "failed";

    static RecordResult of(int index, CollectorOutcome outcome) {
        return new RecordResult(index, outcome.result().name().toLowerCase(java.util.Locale.ROOT), outcome.assetId(), null);
    }

    static RecordResult failed(int index, List<FieldError> errors) {
        return new RecordResult(index, FAILED, null, List.copyOf(errors));
    }
}
