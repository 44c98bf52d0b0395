package org.shopdb.plugins.applications.internal.hooks;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;

import org.shopdb.api.plugin.WidgetData;

/** Rows of a native query as a widget's table: whole numbers as {@code Long} whatever the driver hands out. */
final class WidgetRows {

    private WidgetRows() {
    }

    static WidgetData.Table table(List<String> columns, List<?> rows) {
        return new WidgetData.Table(columns, rows.stream().map(row -> Arrays.stream((Object[]) row).map(WidgetRows::plain).toList()).toList());
    }

    private static Object plain(Object value) {
        if (value instanceof Integer || value instanceof Long || value instanceof BigInteger || value instanceof Short
                || (value instanceof BigDecimal decimal && decimal.scale() <= 0)) {
            return ((Number) value).longValue();
        }
        return value;
    }
}
