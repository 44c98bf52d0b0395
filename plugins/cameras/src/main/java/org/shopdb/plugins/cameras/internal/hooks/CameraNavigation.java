package org.shopdb.plugins.cameras.internal.hooks;

import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.shopdb.api.plugin.NavigationItem;
import org.shopdb.api.plugin.NavigationProvider;

/** The "Cameras" entry of the UI's navigation, listing {@code /api/cameras}. */
@Component(service = NavigationProvider.class)
public class CameraNavigation implements NavigationProvider {

    @Override
    public List<NavigationItem> navigationItems() {
        return List.of(new NavigationItem("cameras", "Cameras", "/api/cameras", "camera", 40));
    }
}
