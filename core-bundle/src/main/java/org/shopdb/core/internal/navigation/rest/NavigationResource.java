package org.shopdb.core.internal.navigation.rest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.shopdb.core.internal.navigation.CoreNavigation;
import org.shopdb.core.internal.plugin.PluginContributions;
import org.shopdb.core.internal.rest.DataEnvelope;
import org.shopdb.core.internal.rest.ShopdbApplication;

/** {@code GET /api/navigation}: the core's entries and the active plugins', by order, then title. */
@Component(service = NavigationResource.class)
@JaxrsResource
@JSONRequired
@JaxrsApplicationSelect(ShopdbApplication.SELECT)
@Path("navigation")
@Produces(MediaType.APPLICATION_JSON)
public class NavigationResource {

    private final PluginContributions contributions;

    @Activate
    public NavigationResource(@Reference PluginContributions contributions) {
        this.contributions = contributions;
    }

    @GET
    public DataEnvelope<List<NavigationEntryJson>> navigation() {
        List<NavigationEntryJson> entries = new ArrayList<>();
        CoreNavigation.ITEMS.forEach(item -> entries.add(NavigationEntryJson.of(item, null)));
        contributions.navigationItems().forEach(item -> entries.add(NavigationEntryJson.of(item.value(), item.plugin())));
        entries.sort(Comparator.comparingInt(NavigationEntryJson::order).thenComparing(NavigationEntryJson::title));
        return DataEnvelope.of(entries);
    }
}
