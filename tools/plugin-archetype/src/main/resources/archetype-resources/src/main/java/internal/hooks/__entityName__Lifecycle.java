package ${package}.internal.hooks;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.shopdb.api.asset.AssetTypeService;
import org.shopdb.api.plugin.PluginLifecycle;
import org.shopdb.api.plugin.PluginVersionChange;
import ${package}.internal.${entityName}Family;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Install seeds the asset type (idempotently: a retried install finds it there); upgrade makes
 * sure it is there; uninstall keeps every row, so that a reinstall finds the items again.
 */
@Component(service = PluginLifecycle.class)
public class ${entityName}Lifecycle implements PluginLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(${entityName}Lifecycle.class);

    private final AssetTypeService types;

    @Activate
    public ${entityName}Lifecycle(@Reference AssetTypeService types) {
        this.types = types;
    }

    @Override
    public void install(PluginVersionChange change) {
        types.ensure(${entityName}Family.TYPE_CODE, ${entityName}Family.TYPE_NAME, ${entityName}Family.OWNER);
        LOG.info("Plugin {} {} installed: asset type '{}' ready", change.plugin(), change.toVersion(), ${entityName}Family.TYPE_CODE);
    }

    @Override
    public void upgrade(PluginVersionChange change) {
        types.ensure(${entityName}Family.TYPE_CODE, ${entityName}Family.TYPE_NAME, ${entityName}Family.OWNER);
        LOG.info("Plugin {} upgraded from {} to {}", change.plugin(), change.fromVersion(), change.toVersion());
    }

    @Override
    public void uninstall(PluginVersionChange change) {
        LOG.info("Plugin {} {} uninstalled; table {} and its rows are kept for a reinstall", change.plugin(), change.fromVersion(),
                ${entityName}Family.TABLE);
    }
}
