package org.shopdb.itests.probe.internal;

import java.net.URL;

import org.osgi.service.component.annotations.Component;
import org.shopdb.api.plugin.FieldSchemaProvider;

@Component
public class ProbeFieldSchema implements FieldSchemaProvider {

    @Override
    public URL fieldSchema() {
        return getClass().getResource("/schema/probe.json");
    }

    @Override
    public String collectionPath() {
        return "/api/probe";
    }
}
