package org.shopdb.core.internal.plugin;

import org.shopdb.api.plugin.Collector;
import org.shopdb.api.plugin.DashboardWidget;
import org.shopdb.api.plugin.FieldSchemaProvider;
import org.shopdb.api.plugin.NavigationProvider;
import org.shopdb.api.plugin.PluginLifecycle;
import org.shopdb.api.plugin.SearchFieldProvider;

/** The hook services of the plugin contract, by the name {@code /api/plugins} lists them under. */
public enum HookKind {
    SEARCH_FIELDS("searchfields", SearchFieldProvider.class),
    NAVIGATION("navigation", NavigationProvider.class),
    DASHBOARD("dashboard", DashboardWidget.class),
    FIELD_SCHEMA("fieldschema", FieldSchemaProvider.class),
    COLLECTOR("collector", Collector.class),
    LIFECYCLE("lifecycle", PluginLifecycle.class);

    private final String code;
    private final Class<?> type;

    HookKind(String code, Class<?> type) {
        this.code = code;
        this.type = type;
    }

    public String code() {
        return code;
    }

    public Class<?> type() {
        return type;
    }
}
