package org.shopdb.api.plugin;

import java.util.List;
import java.util.Objects;

/**
 * What a dashboard widget shows. The kind of data is the kind of widget, so a generic UI
 * knows how to draw each one.
 */
public sealed interface WidgetData permits WidgetData.Metric, WidgetData.Breakdown, WidgetData.Table {

    /** {@code metric}, {@code breakdown} or {@code table}. */
    String kind();

    /** One number, e.g. "12 cameras not seen for a day". */
    record Metric(long value, String unit) implements WidgetData {
        @Override
        public String kind() {
            return "metric";
        }
    }

    /** Counts per label, e.g. cameras by status; drawn as bars or a pie. */
    record Breakdown(List<Slice> slices) implements WidgetData {
        public Breakdown {
            slices = List.copyOf(slices);
        }

        @Override
        public String kind() {
            return "breakdown";
        }
    }

    record Slice(String label, long value) {
        public Slice {
            Objects.requireNonNull(label, "label");
        }
    }

    /** Rows of plain values (strings, numbers, booleans, nulls) under column titles. */
    record Table(List<String> columns, List<List<Object>> rows) implements WidgetData {
        public Table {
            columns = List.copyOf(columns);
            rows = rows.stream().map(row -> java.util.Collections.unmodifiableList(new java.util.ArrayList<>(row))).toList();
        }

        @Override
        public String kind() {
            return "table";
        }
    }
}
