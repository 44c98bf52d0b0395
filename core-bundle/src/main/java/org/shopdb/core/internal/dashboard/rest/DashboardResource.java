package org.shopdb.core.internal.dashboard.rest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

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
import org.shopdb.api.plugin.DashboardWidget;
import org.shopdb.api.plugin.WidgetData;
import org.shopdb.core.internal.plugin.Contribution;
import org.shopdb.core.internal.plugin.PluginContributions;
import org.shopdb.core.internal.rest.DataEnvelope;
import org.shopdb.core.internal.rest.ShopdbApplication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code GET /api/dashboard}: every active plugin's widgets with their data, by order. A widget
 * whose data fails is listed with an error instead; the other widgets are unaffected.
 */
@Component(service = DashboardResource.class)
@JaxrsResource
@JSONRequired
@JaxrsApplicationSelect(ShopdbApplication.SELECT)
@Path("dashboard")
@Produces(MediaType.APPLICATION_JSON)
public class DashboardResource {

    private static final Logger LOG = LoggerFactory.getLogger(DashboardResource.class);

    private final PluginContributions contributions;

    @Activate
    public DashboardResource(@Reference PluginContributions contributions) {
        this.contributions = contributions;
    }

    @GET
    public DataEnvelope<List<WidgetJson>> dashboard() {
        List<WidgetJson> widgets = new ArrayList<>();
        for (Contribution<DashboardWidget> widget : contributions.dashboardWidgets()) {
            report(widget).ifPresent(widgets::add);
        }
        widgets.sort(Comparator.comparingInt(WidgetJson::order).thenComparing(WidgetJson::plugin).thenComparing(WidgetJson::id));
        return DataEnvelope.of(widgets);
    }

    private static Optional<WidgetJson> report(Contribution<DashboardWidget> contribution) {
        DashboardWidget widget = contribution.value();
        String id;
        String title;
        int order;
        try {
            id = widget.id();
            title = widget.title();
            order = widget.order();
        } catch (RuntimeException e) {
            LOG.warn("Plugin {}: a dashboard widget cannot say what it is ({}); left out", contribution.plugin(), e.toString());
            return Optional.empty();
        }
        try {
            WidgetData data = widget.data();
            if (data == null) {
                throw new IllegalStateException("data() returned null");
            }
            return Optional.of(new WidgetJson(id, contribution.plugin(), title, order, data.kind(), data, null));
        } catch (RuntimeException e) {
            String incident = UUID.randomUUID().toString();
            LOG.error("Plugin {}: dashboard widget {} failed, incident {}", contribution.plugin(), id, incident, e);
            return Optional.of(new WidgetJson(id, contribution.plugin(), title, order, null, null,
                    new WidgetJson.Error("widget_failed", "The widget's data could not be read; incident " + incident + " is in the server log")));
        }
    }
}
