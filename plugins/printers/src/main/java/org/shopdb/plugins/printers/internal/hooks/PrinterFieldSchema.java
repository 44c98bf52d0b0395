package org.shopdb.plugins.printers.internal.hooks;

import java.net.URL;

import org.osgi.service.component.annotations.Component;
import org.shopdb.api.plugin.FieldSchemaProvider;
import org.shopdb.plugins.printers.internal.PrinterFamily;

/** The fields of an item (schema/printers.json), served at {@code /api/plugins/printers/schema} for generic UIs. */
@Component(service = FieldSchemaProvider.class)
public class PrinterFieldSchema implements FieldSchemaProvider {

    @Override
    public URL fieldSchema() {
        return PrinterFamily.INSTANCE.fieldSchema();
    }

    @Override
    public String collectionPath() {
        return PrinterFamily.COLLECTION;
    }
}
