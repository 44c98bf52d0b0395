package org.shopdb.plugins.computers.internal.hooks;

import java.net.URL;

import org.osgi.service.component.annotations.Component;
import org.shopdb.api.plugin.FieldSchemaProvider;
import org.shopdb.plugins.computers.internal.ComputerFamily;

/** The fields of an item (schema/computers.json), served at {@code /api/plugins/computers/schema} for generic UIs. */
@Component(service = FieldSchemaProvider.class)
public class ComputerFieldSchema implements FieldSchemaProvider {

    @Override
    public URL fieldSchema() {
        return ComputerFamily.INSTANCE.fieldSchema();
    }

    @Override
    public String collectionPath() {
        return ComputerFamily.COLLECTION;
    }
}
