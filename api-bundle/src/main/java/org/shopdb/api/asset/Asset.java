package org.shopdb.api.asset;

import java.time.Instant;

/**
 * An asset as the API hands it out.
 *
 * @param version optimistic-lock version: an update must name the version it was based on
 */
public record Asset(long assetId, String assetNumber, String name, String assetTypeCode, String statusCode,
        Long locationId, Long businessUnitId, String serialNumber, String notes, boolean active,
        Instant createdDate, Instant modifiedDate, long version) {
}
