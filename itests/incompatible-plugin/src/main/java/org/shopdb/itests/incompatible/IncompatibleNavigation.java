package org.shopdb.itests.incompatible;

import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.shopdb.api.plugin.NavigationItem;
import org.shopdb.api.plugin.NavigationProvider;

/** Would add a navigation entry, if the plugin ever resolved. */
@Component
public class IncompatibleNavigation implements NavigationProvider {

    @Override
    public List<NavigationItem> navigationItems() {
        return List.of(new NavigationItem("incompatible", "Never shown", "/api/incompatible", null, 1));
    }
}
