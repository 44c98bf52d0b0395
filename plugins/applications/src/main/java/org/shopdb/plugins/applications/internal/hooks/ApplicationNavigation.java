package org.shopdb.plugins.applications.internal.hooks;

import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.shopdb.api.plugin.NavigationItem;
import org.shopdb.api.plugin.NavigationProvider;
import org.shopdb.plugins.applications.internal.ApplicationFamily;

/** The "Applications" entry of the UI's navigation, listing the catalog {@code /api/applications}. */
@Component(service = NavigationProvider.class)
public class ApplicationNavigation implements NavigationProvider {

    @Override
    public List<NavigationItem> navigationItems() {
        return List.of(new NavigationItem("applications", "Applications", ApplicationFamily.COLLECTION, "software", 46));
    }
}
