package org.shopdb.core.internal.family;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.shopdb.api.family.FamilyFields;
import org.shopdb.api.plugin.WidgetData;
import org.shopdb.api.reference.AssetStatus;

/** Items per value of a field, for dashboard widgets: one grouped query. */
final class FamilyCounts<F extends Record & FamilyFields> {

    private static final Set<String> ASSET_COLUMNS = Set.of("locationid", "businessunitid", "isactive");

    private final FamilyDefinition<F> definition;
    private final NativeSql sql;

    FamilyCounts(FamilyDefinition<F> definition, NativeSql sql) {
        this.definition = definition;
        this.sql = sql;
    }

    /** @throws IllegalArgumentException for a field that is neither the status, an asset column nor one of the family's */
    Map<Object, Long> countBy(String field) {
        String from = " from " + definition.table() + " p join assets a on a.assetid = p.assetid";
        String query;
        if ("status".equals(field)) {
            query = "select s.code, count(*)" + from + " join assetstatuses s on s.statusid = a.statusid group by s.code";
        } else if (ASSET_COLUMNS.contains(field)) {
            query = "select a." + field + ", count(*)" + from + " group by a." + field;
        } else if (definition.hasColumn(field)) {
            query = "select p." + field + ", count(*)" + from + " group by p." + field;
        } else {
            throw new IllegalArgumentException("cannot count " + definition.family().typeCode() + " items by '" + field
                    + "'; use status, " + ASSET_COLUMNS + " or one of " + definition.columns());
        }
        Map<Object, Long> counts = new LinkedHashMap<>();
        sql.rows(query + " order by 2 desc, 1", List.of()).forEach(row -> {
            Object[] columns = (Object[]) row;
            counts.put(plain(columns[0]), ((Number) columns[1]).longValue());
        });
        return counts;
    }

    /** One slice per status, in the statuses' order under their names, zero where no item has it. */
    static WidgetData.Breakdown byStatus(List<AssetStatus> statuses, Map<Object, Long> countByStatusCode) {
        return new WidgetData.Breakdown(statuses.stream().sorted(Comparator.comparingInt(AssetStatus::sortOrder))
                .map(status -> new WidgetData.Slice(status.name(), countByStatusCode.getOrDefault(status.code(), 0L))).toList());
    }

    /** Whole numbers as {@code Long} whatever the driver hands out; text and the rest as they come. */
    private static Object plain(Object value) {
        if (value instanceof Number number && !(value instanceof Double) && !(value instanceof java.math.BigDecimal)) {
            return number.longValue();
        }
        return value;
    }
}
