package org.shopdb.core.internal.collector;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The answer to a collector request: counts and each record's result, in the order sent. */
public record IngestReport(@JsonProperty("collector") String collector, @JsonProperty("mode") String mode,
        @JsonProperty("received") int received, @JsonProperty("created") int created, @JsonProperty("updated") int updated,
        @JsonProperty("unchanged") int unchanged, @JsonProperty("failed") int failed,
        @JsonProperty("results") List<RecordResult> results) {

    static IngestReport of(String collector, IngestMode mode, List<RecordResult> results) {
        return new IngestReport(collector, mode.parameter(), results.size(), count(results, "created"), count(results, "updated"),
                count(results, "unchanged"), count(results, RecordResult.FAILED), List.copyOf(results));
    }

    private static int count(List<RecordResult> results, String result) {
        return (int) results.stream().filter(record -> record.result().equals(result)).count();
    }
}
