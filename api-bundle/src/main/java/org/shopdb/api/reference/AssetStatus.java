package org.shopdb.api.reference;

/** A lifecycle state of an asset: in service, spare, in repair, retired, … */
public record AssetStatus(long statusId, String code, String name, int sortOrder) {
}
