package org.shopdb.plugins.equipment.internal.hooks;

import java.net.URL;

import org.osgi.service.component.annotations.Component;
import org.shopdb.api.plugin.FieldSchemaProvider;
import org.shopdb.plugins.equipment.internal.MachineFamily;

/** The fields of an item (schema/equipment.json), served at {@code /api/plugins/equipment/schema} for generic UIs. */
@Component(service = FieldSchemaProvider.class)
public class MachineFieldSchema implements FieldSchemaProvider {

    @Override
    public URL fieldSchema() {
        return MachineFamily.INSTANCE.fieldSchema();
    }

    @Override
    public String collectionPath() {
        return MachineFamily.COLLECTION;
    }
}
