package org.shopdb.core.internal.plugin;

import java.time.Instant;

/**
 * What this database remembers of a plugin (table {@code plugins}).
 *
 * @param version     the version last seen
 * @param uninstalled whether the plugin was uninstalled since (its data is kept)
 */
public record PluginRecord(String name, String version, boolean uninstalled, Instant installedDate, Instant upgradedDate,
        Instant uninstalledDate) {
}
