package org.shopdb.api.asset;

/**
 * A typed, directed link between two assets: "PC-0042 controls CNC-0007".
 *
 * @param type lower-case word such as {@code controls}, {@code connected_to}, {@code watches}, {@code part_of}
 */
public record AssetRelationship(long relationshipId, long fromAssetId, long toAssetId, String type) {
}
