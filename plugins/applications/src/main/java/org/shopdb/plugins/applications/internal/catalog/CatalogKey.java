package org.shopdb.plugins.applications.internal.catalog;

import java.util.Locale;

import org.shopdb.plugins.applications.internal.ApplicationEntity;

/**
 * What identifies a catalog entry: its name and its vendor, both ignoring case (and surrounding
 * blanks); no vendor is the empty vendor.
 */
public record CatalogKey(String name, String vendor) {

    public static CatalogKey of(String name, String vendor) {
        return new CatalogKey(name.trim().toLowerCase(Locale.ROOT), ApplicationEntity.vendorKey(vendor));
    }
}
