package org.shopdb.core.internal.asset.rest;

import org.shopdb.api.error.NotFoundException;

/** Asset ids in paths: anything but a positive whole number names no asset. */
final class AssetIds {

    private AssetIds() {
    }

    static long parse(String raw) {
        try {
            long id = Long.parseLong(raw);
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException notANumber) {
            // falls through: no such asset
        }
        throw new NotFoundException("Asset", raw);
    }
}
