package org.shopdb.api.family;

import java.util.Objects;

/**
 * A condition on one of the plugin's columns in a {@link FamilyQuery}.
 *
 * @param column a column of the family's table (a field of its record)
 * @param value  text, a number, a boolean or an {@link java.time.Instant}, as the column holds
 */
public record ColumnFilter(String column, Comparison comparison, Object value) {

    public enum Comparison {
        /** {@code column = value} */
        EQUAL,
        /** {@code lower(column) = lower(value)}: text filters such as {@code vendor=axis} */
        EQUAL_IGNORING_CASE,
        /** {@code column < value} */
        LESS,
        /** {@code column >= value} */
        AT_LEAST,
        /** {@code column is null or column < value}: "not seen since" */
        ABSENT_OR_LESS
    }

    public ColumnFilter {
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(comparison, "comparison");
        Objects.requireNonNull(value, "value");
    }
}
