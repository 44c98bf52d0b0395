package org.shopdb.api.family;

import java.util.List;
import java.util.Objects;

import org.shopdb.api.paging.PageRequest;
import org.shopdb.api.rest.QueryParameters;

/**
 * Filters of a family's list; {@code null} means "any".
 *
 * @param status     an asset status code
 * @param locationId items at this location or anywhere below it
 * @param text       matched (contains, ignoring case) against asset number, name and serial number
 * @param filters    conditions on the plugin's columns, all of which must hold
 */
public record FamilyQuery(String status, Long locationId, Long businessUnitId, Boolean active, String text,
        List<ColumnFilter> filters, PageRequest page) {

    public FamilyQuery {
        filters = List.copyOf(filters);
        Objects.requireNonNull(page, "page");
    }

    public static FamilyQuery all(PageRequest page) {
        return new FamilyQuery(null, null, null, null, null, List.of(), page);
    }

    /**
     * The query a request's parameters ask for: {@code status}, {@code locationid},
     * {@code businessunitid}, {@code isactive}, {@code q}, the family's own {@code filters},
     * {@code page}, {@code per_page} and {@code sort}.
     *
     * @throws org.shopdb.api.error.InvalidRequestException naming every malformed parameter
     */
    public static FamilyQuery from(QueryParameters parameters, List<FilterParameter> filters) {
        List<ColumnFilter> conditions = filters.stream().map(filter -> filter.read(parameters)).filter(Objects::nonNull).toList();
        FamilyQuery query = new FamilyQuery(parameters.text("status"), parameters.id("locationid"), parameters.id("businessunitid"),
                parameters.bool("isactive"), parameters.text("q"), conditions, parameters.page());
        parameters.failOnErrors();
        return query;
    }
}
