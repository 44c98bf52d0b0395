package org.shopdb.plugins.cameras.internal;

/** One camera of a list page: its row and its asset's, read in one query. */
public record ListedCamera(StoredCamera camera, AssetView asset) {
}
