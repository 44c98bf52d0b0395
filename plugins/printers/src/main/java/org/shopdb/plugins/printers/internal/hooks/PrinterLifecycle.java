package org.shopdb.plugins.printers.internal.hooks;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.shopdb.api.asset.AssetTypeService;
import org.shopdb.api.plugin.PluginLifecycle;
import org.shopdb.api.plugin.PluginVersionChange;
import org.shopdb.plugins.printers.internal.PrinterFamily;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Install seeds the asset type (idempotently: a retried install finds it there); upgrade makes
 * sure it is there; uninstall keeps every row, so that a reinstall finds the items again.
 */
@Component(service = PluginLifecycle.class)
public class PrinterLifecycle implements PluginLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(PrinterLifecycle.class);

    private final AssetTypeService types;

    @Activate
    public PrinterLifecycle(@Reference AssetTypeService types) {
        this.types = types;
    }

    @Override
    public void install(PluginVersionChange change) {
        types.ensure(PrinterFamily.TYPE_CODE, PrinterFamily.TYPE_NAME, PrinterFamily.OWNER);
        LOG.info("Plugin {} {} installed: asset type '{}' ready", change.plugin(), change.toVersion(), PrinterFamily.TYPE_CODE);
    }

    @Override
    public void upgrade(PluginVersionChange change) {
        types.ensure(PrinterFamily.TYPE_CODE, PrinterFamily.TYPE_NAME, PrinterFamily.OWNER);
        LOG.info("Plugin {} upgraded from {} to {}", change.plugin(), change.fromVersion(), change.toVersion());
    }

    @Override
    public void uninstall(PluginVersionChange change) {
        LOG.info("Plugin {} {} uninstalled; table {} and its rows are kept for a reinstall", change.plugin(), change.fromVersion(),
                PrinterFamily.TABLE);
    }
}
