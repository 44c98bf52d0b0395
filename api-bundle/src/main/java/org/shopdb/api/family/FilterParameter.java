package org.shopdb.api.family;

import java.util.Objects;

import org.shopdb.api.family.ColumnFilter.Comparison;
import org.shopdb.api.rest.QueryParameters;

/**
 * A list filter a family offers as a query parameter ({@code GET /api/cameras?vendor=axis}),
 * and the condition on its column it stands for.
 */
public record FilterParameter(String parameter, String column, Comparison comparison, Kind kind) {

    /** How the parameter's text is read. */
    public enum Kind { TEXT, WHOLE_NUMBER, BOOLEAN, TIME }

    public FilterParameter {
        Objects.requireNonNull(parameter, "parameter");
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(comparison, "comparison");
        Objects.requireNonNull(kind, "kind");
    }

    /** {@code ?column=text}, compared ignoring case. */
    public static FilterParameter text(String column) {
        return new FilterParameter(column, column, Comparison.EQUAL_IGNORING_CASE, Kind.TEXT);
    }

    /** {@code ?column=value}, compared exactly. */
    public static FilterParameter exact(String column, Kind kind) {
        return new FilterParameter(column, column, Comparison.EQUAL, kind);
    }

    /** {@code ?parameter=TIME}: rows whose column is empty or before that time ("not seen since"). */
    public static FilterParameter absentOrBefore(String parameter, String column) {
        return new FilterParameter(parameter, column, Comparison.ABSENT_OR_LESS, Kind.TIME);
    }

    /** {@code ?parameter=value}: rows whose column is at least the value. */
    public static FilterParameter atLeast(String parameter, String column, Kind kind) {
        return new FilterParameter(parameter, column, Comparison.AT_LEAST, kind);
    }

    /** {@code ?parameter=value}: rows whose column is below the value. */
    public static FilterParameter below(String parameter, String column, Kind kind) {
        return new FilterParameter(parameter, column, Comparison.LESS, kind);
    }

    /** The condition the request asks for, or {@code null} when it does not use the parameter (or its value is malformed: {@code parameters} then holds the error). */
    ColumnFilter read(QueryParameters parameters) {
        Object value = switch (kind) {
            case TEXT -> parameters.text(parameter);
            case WHOLE_NUMBER -> parameters.id(parameter);
            case BOOLEAN -> parameters.bool(parameter);
            case TIME -> parameters.instant(parameter);
        };
        return value == null ? null : new ColumnFilter(column, comparison, value);
    }
}
