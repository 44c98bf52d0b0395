package org.shopdb.api.search;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The index behind global search's third rank ("contains"). The core keeps it up to date for
 * what it writes itself (assets, network addresses); a bundle that writes rows holding a
 * plugin search field ({@link org.shopdb.api.plugin.SearchField}) tells it which asset changed.
 *
 * <p>Call {@link #reindex} after the write, inside the same
 * {@link org.shopdb.api.tx.UnitOfWork} transaction: the index then commits or rolls back with
 * the row. Without the call the asset is still found by exact and prefix matches on the
 * field, but a "contains" search keeps seeing the field's old value.
 */
@ProviderType
public interface SearchIndex {

    /**
     * Re-reads the searchable values of asset {@code assetId} — its asset number, name, serial
     * number, network addresses, and every search field of the active plugins — and replaces
     * its index entries with them. An unknown or deleted asset loses its entries. Joins the
     * caller's transaction, or runs in its own when there is none; the asset's row is locked
     * until the transaction ends.
     */
    void reindex(long assetId);
}
