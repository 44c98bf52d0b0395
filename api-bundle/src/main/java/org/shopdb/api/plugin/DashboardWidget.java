package org.shopdb.api.plugin;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Hook: a tile on {@code /api/dashboard}. Register one service per widget; {@link #data()} is
 * called for every dashboard request, so keep it to a query or two.
 */
@ConsumerType
public interface DashboardWidget {

    /** Unique within the plugin, e.g. {@code cameras-by-status}. */
    String id();

    String title();

    /** Position on the dashboard, lower first. */
    default int order() {
        return 100;
    }

    WidgetData data();
}
