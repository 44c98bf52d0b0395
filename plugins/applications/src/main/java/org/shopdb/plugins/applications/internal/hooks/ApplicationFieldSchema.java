package org.shopdb.plugins.applications.internal.hooks;

import java.net.URL;

import org.osgi.service.component.annotations.Component;
import org.shopdb.api.plugin.FieldSchemaProvider;
import org.shopdb.plugins.applications.internal.ApplicationFamily;

/** The fields of an item (schema/applications.json), served at {@code /api/plugins/applications/schema} for generic UIs. */
@Component(service = FieldSchemaProvider.class)
public class ApplicationFieldSchema implements FieldSchemaProvider {

    @Override
    public URL fieldSchema() {
        return ApplicationFamily.INSTANCE.fieldSchema();
    }

    @Override
    public String collectionPath() {
        return ApplicationFamily.COLLECTION;
    }
}
