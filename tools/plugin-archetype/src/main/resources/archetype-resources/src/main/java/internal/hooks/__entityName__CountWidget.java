package ${package}.internal.hooks;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.shopdb.api.plugin.DashboardWidget;
import org.shopdb.api.plugin.WidgetData;
import ${package}.internal.${entityName}Service;

/** Dashboard tile ({@code /api/dashboard}): how many ${pluginName} items there are. One count query per dashboard. */
@Component(service = DashboardWidget.class)
public class ${entityName}CountWidget implements DashboardWidget {

    private final ${entityName}Service service;

    @Activate
    public ${entityName}CountWidget(@Reference ${entityName}Service service) {
        this.service = service;
    }

    @Override
    public String id() {
        return "${pluginName}-count";
    }

    @Override
    public String title() {
        return "${entityName}s";
    }

    @Override
    public WidgetData data() {
        return new WidgetData.Metric(service.count(), "${pluginName}");
    }
}
