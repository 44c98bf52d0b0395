package org.shopdb.itests.broken;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.shopdb.api.schema.SchemaReady;

/** Would run once the plugin's schema is ready, which, with a failing changeset, it never is. */
@Component(service = Runnable.class, property = "shopdb.itest=broken")
public class BrokenPluginComponent implements Runnable {

    @Reference(target = "(" + SchemaReady.OWNER + "=org.shopdb.itests.broken)")
    private SchemaReady schema;

    @Override
    public void run() {
        // nothing: the test only checks whether this component is registered
    }
}
