package ${package}.internal.hooks;

import java.net.URL;

import org.osgi.service.component.annotations.Component;
import org.shopdb.api.plugin.FieldSchemaProvider;
import ${package}.internal.${entityName}Family;

/** The fields of an item (schema/${pluginName}.json), served at {@code /api/plugins/${pluginName}/schema} for generic UIs. */
@Component(service = FieldSchemaProvider.class)
public class ${entityName}FieldSchema implements FieldSchemaProvider {

    @Override
    public URL fieldSchema() {
        return ${entityName}Family.INSTANCE.fieldSchema();
    }

    @Override
    public String collectionPath() {
        return ${entityName}Family.COLLECTION;
    }
}
