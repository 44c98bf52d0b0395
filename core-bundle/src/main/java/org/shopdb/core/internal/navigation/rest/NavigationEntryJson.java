package org.shopdb.core.internal.navigation.rest;

import org.shopdb.api.plugin.NavigationItem;

/**
 * An entry of {@code /api/navigation}.
 *
 * @param plugin the plugin that added it; {@code null} (left out) for the core's own
 */
public record NavigationEntryJson(String id, String title, String path, String icon, int order, String plugin) {

    static NavigationEntryJson of(NavigationItem item, String plugin) {
        return new NavigationEntryJson(item.id(), item.title(), item.path(), item.icon(), item.order(), plugin);
    }
}
