package org.shopdb.core.internal.family;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

import org.shopdb.api.error.FieldError;
import org.shopdb.api.error.InvalidRequestException;
import org.shopdb.api.family.ColumnFilter;
import org.shopdb.api.family.FamilyQuery;
import org.shopdb.api.family.Times;
import org.shopdb.api.paging.PageRequest;
import org.shopdb.core.internal.persistence.LikePatterns;

/**
 * The SQL of one page of a family's list: the family's table joined to {@code assets}, the
 * query's filters as a where clause with positional parameters, and the order. Only
 * identifiers {@link FamilyDefinition} checked become SQL text; every value is a parameter.
 */
final class FamilyListSql {

    private static final Map<String, String> ASSET_SORT = Map.of("assetid", "a.assetid", "assetnumber", "a.assetnumber",
            "name", "a.name", "createddate", "a.createddate", "modifieddate", "a.modifieddate");

    private final String from;
    private final String order;
    private final StringJoiner where = new StringJoiner(" and ", " where ", "");
    private final List<Object> parameters = new ArrayList<>();

    /** @param locationPath the path of the query's location, {@code null} for anywhere */
    FamilyListSql(FamilyDefinition<?> definition, FamilyQuery query, String locationPath) {
        this.from = " from assets a join " + definition.table() + " p on p.assetid = a.assetid";
        this.order = orderBy(definition, query.page());
        condition("a.assettypeid = (select t.assettypeid from assettypes t where t.code = ?)", definition.family().typeCode());
        if (query.status() != null) {
            condition("a.statusid = (select s.statusid from assetstatuses s where s.code = ?)", query.status());
        }
        if (locationPath != null) {
            condition("a.locationid in (select l.locationid from locations l where l.path like ? escape '!')",
                    LikePatterns.literal(locationPath) + "%");
        }
        if (query.businessUnitId() != null) {
            condition("a.businessunitid = ?", query.businessUnitId());
        }
        if (query.active() != null) {
            condition("a.isactive = ?", query.active());
        }
        if (query.text() != null) {
            String pattern = "%" + LikePatterns.literal(query.text().toLowerCase(Locale.ROOT)) + "%";
            where.add("(lower(a.assetnumber) like ? escape '!' or lower(a.name) like ? escape '!' or lower(a.serialnumber) like ? escape '!')");
            parameters.add(pattern);
            parameters.add(pattern);
            parameters.add(pattern);
        }
        query.filters().forEach(this::column);
    }

    String idsSql() {
        return "select a.assetid" + from + where + order;
    }

    String countSql() {
        return "select count(*)" + from + where;
    }

    List<Object> parameters() {
        return parameters;
    }

    private void column(ColumnFilter filter) {
        String column = "p." + filter.column();
        Object value = filter.value() instanceof Instant instant ? Times.toColumn(instant) : filter.value();
        switch (filter.comparison()) {
            case EQUAL -> condition(column + " = ?", value);
            case EQUAL_IGNORING_CASE -> condition("lower(" + column + ") = ?", String.valueOf(value).toLowerCase(Locale.ROOT));
            case LESS -> condition(column + " < ?", value);
            case AT_LEAST -> condition(column + " >= ?", value);
            case ABSENT_OR_LESS -> condition("(" + column + " is null or " + column + " < ?)", value);
        }
    }

    private void condition(String clause, Object value) {
        where.add(clause);
        parameters.add(value);
    }

    private static String orderBy(FamilyDefinition<?> definition, PageRequest page) {
        String field = page.sortField();
        if (field == null) {
            return " order by a.assetnumber, a.assetid";
        }
        String column = ASSET_SORT.get(field);
        if (column == null && definition.family().sortable().contains(field)) {
            column = "p." + field;
        }
        if (column == null) {
            List<String> sortable = new ArrayList<>(ASSET_SORT.keySet().stream().sorted().toList());
            sortable.addAll(definition.family().sortable().stream().sorted().toList());
            throw new InvalidRequestException(List.of(new FieldError("sort", "cannot sort by '" + field + "'; sortable: " + sortable)));
        }
        return " order by " + column + (page.descending() ? " desc" : " asc") + ", a.assetid";
    }
}
