package org.shopdb.api.asset;

import java.util.List;

import org.shopdb.api.paging.PageRequest;

/**
 * Filters of the asset list; {@code null} means "any".
 *
 * @param locationId assets at this location or anywhere below it
 * @param text       matched against asset number, name and serial number
 */
public record AssetQuery(String assetTypeCode, String statusCode, Long locationId, Long businessUnitId,
        Boolean active, String text, PageRequest page) {

    /** Sortable fields. */
    public static final List<String> SORTABLE = List.of("assetid", "assetnumber", "name", "createddate", "modifieddate");
}
