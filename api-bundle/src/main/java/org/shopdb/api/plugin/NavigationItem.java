package org.shopdb.api.plugin;

import java.util.Objects;

/**
 * An entry of the web UI's navigation.
 *
 * @param id      unique within the plugin, e.g. {@code cameras}
 * @param title   menu text
 * @param path    the API collection the entry lists, e.g. {@code /api/cameras}; it must be served
 * @param icon    icon name from the UI's icon set, or {@code null}
 * @param order   position among all entries, lower first
 */
public record NavigationItem(String id, String title, String path, String icon, int order) {

    public NavigationItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(path, "path");
    }
}
