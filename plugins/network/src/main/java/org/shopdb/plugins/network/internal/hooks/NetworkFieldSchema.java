package org.shopdb.plugins.network.internal.hooks;

import java.net.URL;

import org.osgi.service.component.annotations.Component;
import org.shopdb.api.plugin.FieldSchemaProvider;
import org.shopdb.plugins.network.internal.NetworkDeviceFamily;

/** The fields of a network device (schema/network.json), served at {@code /api/plugins/network/schema}. */
@Component(service = FieldSchemaProvider.class)
public class NetworkFieldSchema implements FieldSchemaProvider {

    @Override
    public URL fieldSchema() {
        return NetworkDeviceFamily.INSTANCE.fieldSchema();
    }

    @Override
    public String collectionPath() {
        return NetworkDeviceFamily.COLLECTION;
    }
}
