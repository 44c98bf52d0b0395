package org.shopdb.plugins.network.internal.hooks;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.shopdb.api.asset.AssetTypeService;
import org.shopdb.api.plugin.PluginLifecycle;
import org.shopdb.api.plugin.PluginVersionChange;
import org.shopdb.plugins.network.internal.NetworkDeviceFamily;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Install seeds the {@value NetworkDeviceFamily#TYPE_CODE} asset type (idempotent: a retried
 * install finds it there); upgrade makes sure it is there; uninstall keeps every row of the
 * devices, ports and VLANs, so that a reinstall finds them again.
 */
@Component(service = PluginLifecycle.class)
public class NetworkLifecycle implements PluginLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(NetworkLifecycle.class);

    private final AssetTypeService types;

    @Activate
    public NetworkLifecycle(@Reference AssetTypeService types) {
        this.types = types;
    }

    @Override
    public void install(PluginVersionChange change) {
        types.ensure(NetworkDeviceFamily.TYPE_CODE, NetworkDeviceFamily.TYPE_NAME, NetworkDeviceFamily.OWNER);
        LOG.info("Network plugin {} installed: asset type '{}' ready", change.toVersion(), NetworkDeviceFamily.TYPE_CODE);
    }

    @Override
    public void upgrade(PluginVersionChange change) {
        types.ensure(NetworkDeviceFamily.TYPE_CODE, NetworkDeviceFamily.TYPE_NAME, NetworkDeviceFamily.OWNER);
        LOG.info("Network plugin upgraded from {} to {}", change.fromVersion(), change.toVersion());
    }

    @Override
    public void uninstall(PluginVersionChange change) {
        LOG.info("Network plugin {} uninstalled; the tables networkdevices, networkports and networkvlans keep their rows for a reinstall",
                change.fromVersion());
    }
}
