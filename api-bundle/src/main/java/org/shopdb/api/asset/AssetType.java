package org.shopdb.api.asset;

/**
 * A kind of asset. Each is owned by the core or by the plugin that seeded it.
 *
 * @param owner {@code core} or the symbolic name of the owning plugin bundle
 */
public record AssetType(long assetTypeId, String code, String name, String owner, boolean active) {
}
