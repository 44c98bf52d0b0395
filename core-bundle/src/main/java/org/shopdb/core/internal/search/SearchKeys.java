package org.shopdb.core.internal.search;

/**
 * The primary key of {@code searchsuffixes}: {@code sourceid << 52 | assetid << 12 | ordinal}.
 * One number instead of three columns, so that the rows of one source and asset are one key
 * range (replaced without a second index), and H2 stores the table in a single tree keyed by
 * it. Bounds: source ids 1–1023, asset ids below 2^40, 4096 keys per source and asset.
 */
final class SearchKeys {

    static final int MAX_SOURCE_ID = (1 << 10) - 1;
    static final long MAX_ASSET_ID = (1L << 40) - 1;
    static final int MAX_ORDINAL = (1 << 12) - 1;
    /** Keys stored per source and asset: suffixes beyond it are not indexed. */
    static final int KEYS_PER_ASSET = MAX_ORDINAL + 1;

    private static final int ASSET_SHIFT = 12;
    private static final int SOURCE_SHIFT = 52;

    private SearchKeys() {
    }

    static long key(int sourceId, long assetId, int ordinal) {
        if (sourceId < 1 || sourceId > MAX_SOURCE_ID || assetId < 0 || assetId > MAX_ASSET_ID || ordinal < 0 || ordinal > MAX_ORDINAL) {
            throw new IllegalArgumentException("no search key for source " + sourceId + ", asset " + assetId + ", ordinal " + ordinal);
        }
        return ((long) sourceId << SOURCE_SHIFT) | (assetId << ASSET_SHIFT) | ordinal;
    }

    /** Lowest key of the rows of {@code sourceId} for assets {@code fromAsset} and up. */
    static long first(int sourceId, long fromAsset) {
        return key(sourceId, Math.min(fromAsset, MAX_ASSET_ID), 0);
    }

    /** Highest key of the rows of {@code sourceId} for assets up to {@code toAsset}. */
    static long last(int sourceId, long toAsset) {
        return key(sourceId, Math.min(toAsset, MAX_ASSET_ID), MAX_ORDINAL);
    }

    static int sourceOf(long key) {
        return (int) (key >>> SOURCE_SHIFT);
    }

    static long assetOf(long key) {
        return (key >>> ASSET_SHIFT) & MAX_ASSET_ID;
    }
}
