package org.shopdb.plugins.computers.internal.hooks;

import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.shopdb.api.plugin.NavigationItem;
import org.shopdb.api.plugin.NavigationProvider;
import org.shopdb.plugins.computers.internal.ComputerFamily;

/** The "Computers" entry of the UI's navigation, listing {@code /api/computers}. */
@Component(service = NavigationProvider.class)
public class ComputerNavigation implements NavigationProvider {

    @Override
    public List<NavigationItem> navigationItems() {
        return List.of(new NavigationItem("computers", "Computers", ComputerFamily.COLLECTION, "computer", 41));
    }
}
