package org.shopdb.plugins.cameras.internal.hooks;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.shopdb.api.asset.AssetTypeService;
import org.shopdb.api.plugin.PluginLifecycle;
import org.shopdb.api.plugin.PluginVersionChange;
import org.shopdb.plugins.cameras.internal.CameraFamily;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Install seeds the {@value CameraFamily#TYPE_CODE} asset type (idempotent, so a retried install
 * or a database that already has it is fine); upgrade makes sure it is there and logs the step;
 * uninstall keeps every row, so a reinstall finds the cameras again.
 */
@Component(service = PluginLifecycle.class)
public class CameraLifecycle implements PluginLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(CameraLifecycle.class);

    private final AssetTypeService types;

    @Activate
    public CameraLifecycle(@Reference AssetTypeService types) {
        this.types = types;
    }

    @Override
    public void install(PluginVersionChange change) {
        types.ensure(CameraFamily.TYPE_CODE, CameraFamily.TYPE_NAME, CameraFamily.OWNER);
        LOG.info("Cameras plugin {} installed: asset type '{}' ready", change.toVersion(), CameraFamily.TYPE_CODE);
    }

    @Override
    public void upgrade(PluginVersionChange change) {
        types.ensure(CameraFamily.TYPE_CODE, CameraFamily.TYPE_NAME, CameraFamily.OWNER);
        LOG.info("Cameras plugin upgraded from {} to {}", change.fromVersion(), change.toVersion());
    }

    @Override
    public void uninstall(PluginVersionChange change) {
        LOG.info("Cameras plugin {} uninstalled; the cameras table and its rows are kept for a reinstall", change.fromVersion());
    }
}
