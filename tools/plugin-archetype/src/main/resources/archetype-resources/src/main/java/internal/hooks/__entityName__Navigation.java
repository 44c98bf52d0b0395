package ${package}.internal.hooks;

import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.shopdb.api.plugin.NavigationItem;
import org.shopdb.api.plugin.NavigationProvider;
import ${package}.internal.${entityName}Family;

/** The plugin's entry of the UI navigation ({@code /api/navigation}), listing its collection. */
@Component(service = NavigationProvider.class)
public class ${entityName}Navigation implements NavigationProvider {

    @Override
    public List<NavigationItem> navigationItems() {
        return List.of(new NavigationItem("${pluginName}", "${entityName}s", ${entityName}Family.COLLECTION, "box", 100));
    }
}
