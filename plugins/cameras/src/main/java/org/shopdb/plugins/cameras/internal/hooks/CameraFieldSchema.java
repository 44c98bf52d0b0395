package org.shopdb.plugins.cameras.internal.hooks;

import java.net.URL;

import org.osgi.service.component.annotations.Component;
import org.shopdb.api.plugin.FieldSchemaProvider;
import org.shopdb.plugins.cameras.internal.CameraFamily;

/** The fields of a camera (schema/cameras.json), served at {@code /api/plugins/cameras/schema}. */
@Component(service = FieldSchemaProvider.class)
public class CameraFieldSchema implements FieldSchemaProvider {

    @Override
    public URL fieldSchema() {
        return CameraFamily.INSTANCE.fieldSchema();
    }

    @Override
    public String collectionPath() {
        return "/api/cameras";
    }
}
