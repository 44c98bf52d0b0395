package org.shopdb.core.internal.dashboard.rest;

import org.shopdb.api.plugin.WidgetData;

/**
 * A tile of {@code /api/dashboard}: either {@code kind} and {@code data}, or {@code error} when
 * the widget could not give its data.
 */
public record WidgetJson(String id, String plugin, String title, int order, String kind, WidgetData data, Error error) {

    /** Why a widget shows no data; the incident id is in the server log with the cause. */
    public record Error(String code, String message) {
    }
}
