package org.shopdb.api.plugin;

import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;

/** Hook: entries the plugin adds to {@code /api/navigation}. */
@ConsumerType
public interface NavigationProvider {

    List<NavigationItem> navigationItems();
}
