package org.shopdb.plugins.cameras.internal;

import java.time.Instant;

/** A camera that has not been reported for a while. */
public record UnseenCamera(long assetId, String assetNumber, String name, Instant lastSeen) {
}
