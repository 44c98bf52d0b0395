package org.shopdb.plugins.printers.internal.hooks;

import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.shopdb.api.plugin.NavigationItem;
import org.shopdb.api.plugin.NavigationProvider;
import org.shopdb.plugins.printers.internal.PrinterFamily;

/** The plugin's entry of the UI navigation ({@code /api/navigation}), listing its collection. */
@Component(service = NavigationProvider.class)
public class PrinterNavigation implements NavigationProvider {

    @Override
    public List<NavigationItem> navigationItems() {
        return List.of(new NavigationItem("printers", "Printers", PrinterFamily.COLLECTION, "printer", 44));
    }
}
