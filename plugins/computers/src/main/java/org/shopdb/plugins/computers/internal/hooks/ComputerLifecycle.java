package org.shopdb.plugins.computers.internal.hooks;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.shopdb.api.asset.AssetTypeService;
import org.shopdb.api.plugin.PluginLifecycle;
import org.shopdb.api.plugin.PluginVersionChange;
import org.shopdb.plugins.computers.internal.ComputerFamily;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Install seeds the {@value ComputerFamily#TYPE_CODE} asset type (idempotent, so a retried
 * install or a database that already has it is fine); upgrade makes sure it is there; uninstall
 * keeps every row, so a reinstall finds the computers again.
 */
@Component(service = PluginLifecycle.class)
public class ComputerLifecycle implements PluginLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(ComputerLifecycle.class);

    private final AssetTypeService types;

    @Activate
    public ComputerLifecycle(@Reference AssetTypeService types) {
        this.types = types;
    }

    @Override
    public void install(PluginVersionChange change) {
        types.ensure(ComputerFamily.TYPE_CODE, ComputerFamily.TYPE_NAME, ComputerFamily.OWNER);
        LOG.info("Computers plugin {} installed: asset type '{}' ready", change.toVersion(), ComputerFamily.TYPE_CODE);
    }

    @Override
    public void upgrade(PluginVersionChange change) {
        types.ensure(ComputerFamily.TYPE_CODE, ComputerFamily.TYPE_NAME, ComputerFamily.OWNER);
        LOG.info("Computers plugin upgraded from {} to {}", change.fromVersion(), change.toVersion());
    }

    @Override
    public void uninstall(PluginVersionChange change) {
        LOG.info("Computers plugin {} uninstalled; the computers table and its rows are kept for a reinstall", change.fromVersion());
    }
}
