package ${package}.internal.hooks;

import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.shopdb.api.plugin.SearchField;
import org.shopdb.api.plugin.SearchFieldProvider;
import ${package}.internal.${entityName}Family;

/** The plugin's columns global search ({@code /api/search}) looks into; each has an index in the changelog. */
@Component(service = SearchFieldProvider.class)
public class ${entityName}SearchFields implements SearchFieldProvider {

    @Override
    public List<SearchField> searchFields() {
        return List.of(
                new SearchField(${entityName}Family.TABLE, "model", "Model", 50),
                new SearchField(${entityName}Family.TABLE, "vendor", "Vendor", 30));
    }
}
