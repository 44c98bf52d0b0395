package org.shopdb.api.plugin;

import java.util.Objects;

/**
 * What ingesting one record did.
 *
 * @param result  created, updated or unchanged (an identical record sent again)
 * @param assetId the asset the record landed on
 */
public record CollectorOutcome(Result result, long assetId) {

    public enum Result { CREATED, UPDATED, UNCHANGED }

    public CollectorOutcome {
        Objects.requireNonNull(result, "result");
    }

    public static CollectorOutcome created(long assetId) {
        return new CollectorOutcome(Result.CREATED, assetId);
    }

    public static CollectorOutcome updated(long assetId) {
        return new CollectorOutcome(Result.UPDATED, assetId);
    }

    public static CollectorOutcome unchanged(long assetId) {
        return new CollectorOutcome(Result.UNCHANGED, assetId);
    }
}
