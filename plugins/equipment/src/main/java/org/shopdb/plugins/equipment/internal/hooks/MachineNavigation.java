package org.shopdb.plugins.equipment.internal.hooks;

import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.shopdb.api.plugin.NavigationItem;
import org.shopdb.api.plugin.NavigationProvider;
import org.shopdb.plugins.equipment.internal.MachineFamily;

/** The "Machines" entry of the UI's navigation, listing {@code /api/equipment}. */
@Component(service = NavigationProvider.class)
public class MachineNavigation implements NavigationProvider {

    @Override
    public List<NavigationItem> navigationItems() {
        return List.of(new NavigationItem("equipment", "Machines", MachineFamily.COLLECTION, "cnc", 45));
    }
}
