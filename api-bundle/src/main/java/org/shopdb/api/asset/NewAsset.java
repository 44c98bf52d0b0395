package org.shopdb.api.asset;

/**
 * What it takes to create an asset. Type and status are given by code
 * ({@code camera}, {@code inservice}); a {@code null} status means {@code inservice}.
 */
public record NewAsset(String assetNumber, String name, String assetTypeCode, String statusCode,
        Long locationId, Long businessUnitId, String serialNumber, String notes) {

    /** The essentials: number, name and type; in service, nowhere in particular. */
    public static NewAsset of(String assetNumber, String name, String assetTypeCode) {
        return new NewAsset(assetNumber, name, assetTypeCode, null, null, null, null, null);
    }
}
