package org.shopdb.plugins.network.internal.hooks;

import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.shopdb.api.plugin.NavigationItem;
import org.shopdb.api.plugin.NavigationProvider;
import org.shopdb.plugins.network.internal.NetworkDeviceFamily;

/** The "Network" entry of the UI's navigation, listing {@code /api/network}. */
@Component(service = NavigationProvider.class)
public class NetworkNavigation implements NavigationProvider {

    @Override
    public List<NavigationItem> navigationItems() {
        return List.of(new NavigationItem("network", "Network", NetworkDeviceFamily.COLLECTION, "network", 35));
    }
}
