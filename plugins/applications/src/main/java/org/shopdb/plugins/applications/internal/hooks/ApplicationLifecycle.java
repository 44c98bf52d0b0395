package org.shopdb.plugins.applications.internal.hooks;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.shopdb.api.asset.AssetTypeService;
import org.shopdb.api.plugin.PluginLifecycle;
import org.shopdb.api.plugin.PluginVersionChange;
import org.shopdb.plugins.applications.internal.ApplicationFamily;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Install seeds the asset type (idempotently: a retried install finds it there); upgrade makes
 * sure it is there; uninstall keeps every row, so that a reinstall finds the items again.
 */
@Component(service = PluginLifecycle.class)
public class ApplicationLifecycle implements PluginLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(ApplicationLifecycle.class);

    private final AssetTypeService types;

    @Activate
    public ApplicationLifecycle(@Reference AssetTypeService types) {
        this.types = types;
    }

    @Override
    public void install(PluginVersionChange change) {
        types.ensure(ApplicationFamily.TYPE_CODE, ApplicationFamily.TYPE_NAME, ApplicationFamily.OWNER);
        LOG.info("Plugin {} {} installed: asset type '{}' ready", change.plugin(), change.toVersion(), ApplicationFamily.TYPE_CODE);
    }

    @Override
    public void upgrade(PluginVersionChange change) {
        types.ensure(ApplicationFamily.TYPE_CODE, ApplicationFamily.TYPE_NAME, ApplicationFamily.OWNER);
        LOG.info("Plugin {} upgraded from {} to {}", change.plugin(), change.fromVersion(), change.toVersion());
    }

    @Override
    public void uninstall(PluginVersionChange change) {
        LOG.info("Plugin {} {} uninstalled; table {} and its rows are kept for a reinstall", change.plugin(), change.fromVersion(),
                ApplicationFamily.TABLE);
    }
}
