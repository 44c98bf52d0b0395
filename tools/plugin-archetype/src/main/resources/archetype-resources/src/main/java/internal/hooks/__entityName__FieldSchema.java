package ${package}.internal.hooks;

import java.net.URL;

import org.osgi.service.component.annotations.Component;
import org.shopdb.api.plugin.FieldSchemaProvider;
import ${package}.internal.${entityName}AssetType;

/** The fields of an item (schema/${pluginName}.json), served at {@code /api/plugins/${pluginName}/schema} for generic UIs. */
@Component(service = FieldSchemaProvider.class)
public class ${entityName}FieldSchema implements FieldSchemaProvider {

    static final String RESOURCE = "/schema/${pluginName}.json";

    @Override
    public URL fieldSchema() {
        return ${entityName}FieldSchema.class.getResource(RESOURCE);
    }

    @Override
    public String collectionPath() {
        return ${entityName}AssetType.COLLECTION;
    }
}
