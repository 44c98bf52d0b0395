package org.shopdb.core.internal.navigation;

import java.util.List;

import org.shopdb.api.plugin.NavigationItem;

/** The core's own navigation entries; plugins add theirs in between by {@link NavigationItem#order()}. */
public final class CoreNavigation {

    public static final List<NavigationItem> ITEMS = List.of(
            new NavigationItem("assets", "Assets", "/api/assets", "box", 10),
            new NavigationItem("locations", "Locations", "/api/locations", "map-pin", 20),
            new NavigationItem("businessunits", "Business units", "/api/businessunits", "building", 30),
            new NavigationItem("assettypes", "Asset types", "/api/assettypes", "tag", 80),
            new NavigationItem("audit", "Audit trail", "/api/audit", "history", 90));

    private CoreNavigation() {
    }
}
