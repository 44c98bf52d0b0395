package org.shopdb.api.search;

/**
 * One asset found by search.
 *
 * @param matchedField which field matched: {@code assetnumber}, {@code name}, {@code serialnumber},
 *                     {@code ipaddress}, {@code macaddress}, {@code hostname}, or the column of a
 *                     plugin's {@link org.shopdb.api.plugin.SearchField}
 * @param rank         1 exact, 2 prefix, 3 contains: lower ranks first
 */
public record SearchHit(long assetId, String assetNumber, String name, String assetTypeCode, String matchedField,
        String matchedValue, int rank) {
}
