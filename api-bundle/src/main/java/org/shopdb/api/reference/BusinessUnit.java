package org.shopdb.api.reference;

/** An organisational unit assets belong to. */
public record BusinessUnit(long businessUnitId, String code, String name, boolean active) {
}
