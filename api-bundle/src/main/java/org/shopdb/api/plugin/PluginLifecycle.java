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
 * <li>{@link #upgrade} when the plugin's version (its {@code shopdb.plugin} capability) differs
 * from the one this database last saw, newer or older;</li>
 * <li>{@link #uninstall} after the bundle is uninstalled: the plugin's services are already
 * gone, so use only the arguments and classes of the bundle itself. Data is kept: never drop
 * tables or rows here, a reinstall must find them again.</li>
 * </ul>
 * A plugin reinstalled at the version it was uninstalled at gets no call: its data is there.
 * Declare the hook as a Declarative Services component: the core waits for it before recording
 * the plugin, and sees from the component runtime that one is coming.
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
