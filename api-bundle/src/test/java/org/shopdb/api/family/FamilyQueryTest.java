package org.shopdb.api.family;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.shopdb.api.error.FieldError;
import org.shopdb.api.error.InvalidRequestException;
import org.shopdb.api.family.ColumnFilter.Comparison;
import org.shopdb.api.family.FilterParameter.Kind;
import org.shopdb.api.rest.QueryParameters;

class FamilyQueryTest {

    private static final List<FilterParameter> FILTERS = List.of(FilterParameter.text("vendor"),
            FilterParameter.absentOrBefore("notseensince", "lastseen"), FilterParameter.atLeast("mincores", "cpucores", Kind.WHOLE_NUMBER));

    private static QueryParameters parameters(Map<String, String> values) {
        return new QueryParameters(values.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> List.of(e.getValue()))));
    }

    @Test
    void commonFiltersTheFamilysOwnAndPaging() {
        FamilyQuery query = FamilyQuery.from(parameters(Map.of("status", "spare", "locationid", "4", "isactive", "true", "q", "hall",
                "vendor", "Axis", "notseensince", "2026-11-01T00:00:00Z", "mincores", "8", "page", "2", "per_page", "10", "sort", "-name")), FILTERS);
        assertEquals("spare", query.status());
        assertEquals(4L, query.locationId());
        assertEquals(Boolean.TRUE, query.active());
        assertEquals("hall", query.text());
        assertEquals(List.of(new ColumnFilter("vendor", Comparison.EQUAL_IGNORING_CASE, "Axis"),
                new ColumnFilter("lastseen", Comparison.ABSENT_OR_LESS, Instant.parse("2026-11-01T00:00:00Z")),
                new ColumnFilter("cpucores", Comparison.AT_LEAST, 8L)), query.filters());
        assertEquals(2, query.page().page());
        assertEquals("-name", query.page().sort());
    }

    @Test
    void unusedFiltersAddNoCondition() {
        assertEquals(List.of(), FamilyQuery.from(parameters(Map.of()), FILTERS).filters());
    }

    @Test
    void everyMalformedParameterIsNamedAtOnce() {
        InvalidRequestException bad = assertThrows(InvalidRequestException.class, () -> FamilyQuery.from(
                parameters(Map.of("locationid", "hall", "notseensince", "yesterday", "mincores", "many")), FILTERS));
        assertEquals(Set.of("locationid", "notseensince", "mincores"), bad.errors().stream().map(FieldError::field).collect(Collectors.toSet()));
    }
}
