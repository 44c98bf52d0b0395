package org.shopdb.itests.probe.internal;

import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.shopdb.api.plugin.NavigationItem;
import org.shopdb.api.plugin.NavigationProvider;

@Component
public class ProbeNavigation implements NavigationProvider {

    @Override
    public List<NavigationItem> navigationItems() {
        return List.of(new NavigationItem("probes", "Probes", "/api/probe", "flask", 15));
    }
}
