package org.shopdb.api.plugin;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Hook: called by the core once the plugin's changelog is applied, inside a transaction
 * together with the core's record of the plugin's version, so each call happens once per
 * database and a failure is retried on the next start.
 *
 * <ul>
 * <li>{@link #install} the first time this database sees the plugin (seed asset types here,
 * through {@link org.shopdb.api.asset.AssetTypeService#ensure});</li>
 * <li>{@link #upgrade} when the bundle version differs from the one last seen;</li>
 * <li>{@link #uninstall} after the bundle is uninstalled: the plugin's services are already
 * gone, so use only the arguments and classes of the bundle itself. Data is kept: never drop
 * tables or rows here, a reinstall must find them again.</li>
 * </ul>
 */
@ConsumerType
public interface PluginLifecycle {

    default void install(PluginVersionChange change) {
    }

    default void upgrade(PluginVersionChange change) {
    }

    default void uninstall(PluginVersionChange change) {
    }
}
