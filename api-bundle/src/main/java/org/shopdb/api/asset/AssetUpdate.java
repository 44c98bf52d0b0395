package org.shopdb.api.asset;

/**
 * The editable attributes of an asset, all replaced at once. {@code version} is the
 * version the caller's copy was read at: when the asset changed since, the update is
 * refused with {@link org.shopdb.api.error.StaleVersionException}.
 */
public record AssetUpdate(String assetNumber, String name, String assetTypeCode, String statusCode,
        Long locationId, Long businessUnitId, String serialNumber, String notes, boolean active, long version) {
}
