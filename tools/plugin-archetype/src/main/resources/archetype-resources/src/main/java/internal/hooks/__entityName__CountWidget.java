package ${package}.internal.hooks;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.shopdb.api.family.FamilyStore;
import org.shopdb.api.plugin.DashboardWidget;
import org.shopdb.api.plugin.WidgetData;
import ${package}.internal.${entityName}Fields;
import ${package}.internal.${entityName}Store;

/** Dashboard tile ({@code /api/dashboard}): the ${pluginName} items per status, every status under its name, zeros included. One grouped query per dashboard. */
@Component(service = DashboardWidget.class)
public class ${entityName}CountWidget implements DashboardWidget {

    private final FamilyStore<${entityName}Fields> items;

    @Activate
    public ${entityName}CountWidget(@Reference ${entityName}Store items) {
        this.items = items.store();
    }

    @Override
    public String id() {
        return "${pluginName}-by-status";
    }

    @Override
    public String title() {
        return "${entityName}s by status";
    }

    @Override
    public WidgetData data() {
        return items.statusBreakdown();
    }
}
