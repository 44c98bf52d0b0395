package org.shopdb.api.plugin;

import java.util.Objects;

/**
 * A plugin column global search looks into. The table must be keyed by {@code assetid} and
 * the column should carry an index, so that exact and prefix matches stay index-backed.
 *
 * @param table  plugin table keyed by {@code assetid}, e.g. {@code cameras}
 * @param column column searched, e.g. {@code streamurl}; reported as the hit's matched field
 * @param label  human name of the field, e.g. {@code Stream URL}
 * @param weight 1 (lowest) to 100: orders hits of the same rank (exact, prefix, contains)
 */
public record SearchField(String table, String column, String label, int weight) {

    public static final int MIN_WEIGHT = 1;
    public static final int MAX_WEIGHT = 100;

    public SearchField {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(label, "label");
        if (weight < MIN_WEIGHT || weight > MAX_WEIGHT) {
            throw new IllegalArgumentException("weight must be between 1 and 100, was " + weight);
        }
    }
}
