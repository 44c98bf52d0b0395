package org.shopdb.plugins.cameras.internal;

import java.time.Instant;

/**
 * A {@code cameras} row as read.
 *
 * @param lastSeen when a collector last reported the camera, {@code null} if none ever did
 * @param version  optimistic-lock version of the row
 */
public record StoredCamera(long assetId, CameraFields fields, Instant lastSeen, long version) {
}
