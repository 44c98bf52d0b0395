package org.shopdb.core.internal.family;

import java.util.List;
import java.util.Map;

import org.shopdb.api.asset.Asset;
import org.shopdb.api.asset.NetworkAddress;
import org.shopdb.api.family.CommonFields;
import org.shopdb.api.family.FamilyFields;
import org.shopdb.api.family.FamilyItem;
import org.shopdb.api.family.FamilyRows.StoredRow;
import org.shopdb.api.family.PrimaryAddress;

/**
 * An item as read: its asset, its plugin row, its primary address ({@code null}: none) and its
 * relationship fields.
 *
 * @param addressed whether the family shows a primary address at all
 */
record LoadedItem<F extends Record & FamilyFields>(Asset asset, StoredRow<F> row, NetworkAddress primary, boolean addressed,
        Map<String, List<String>> related) {

    LoadedItem(Asset asset, StoredRow<F> row, NetworkAddress primary, boolean addressed) {
        this(asset, row, primary, addressed, Map.of());
    }

    long assetId() {
        return asset.assetId();
    }

    /** Both versions only ever grow, so their sum changes whenever either row does. */
    long version() {
        return asset.version() + row.version();
    }

    ItemValues<F> values() {
        return new ItemValues<>(CommonFields.of(asset), row.fields(), address());
    }

    FamilyItem<F> item() {
        return new FamilyItem<>(asset, row.fields(), address(), version(), related);
    }

    private PrimaryAddress address() {
        return addressed ? PrimaryAddress.of(primary) : null;
    }
}
