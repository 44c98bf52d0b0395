package org.shopdb.plugins.cameras.internal.hooks;

import java.net.URL;

import org.osgi.service.component.annotations.Component;
import org.shopdb.api.plugin.FieldSchemaProvider;

/** The fields of a camera (schema/cameras.json), served at {@code /api/plugins/cameras/schema}. */
@Component(service = FieldSchemaProvider.class)
public class CameraFieldSchema implements FieldSchemaProvider {

    static final String RESOURCE = "/schema/cameras.json";

    @Override
    public URL fieldSchema() {
        return CameraFieldSchema.class.getResource(RESOURCE);
    }

    @Override
    public String collectionPath() {
        return "/api/cameras";
    }
}
