package org.shopdb.api.plugin;

import java.util.Objects;

/**
 * A plugin arriving, changing version or leaving.
 *
 * @param plugin      plugin name
 * @param fromVersion the version last seen by this database, {@code null} on first install
 * @param toVersion   the version now installed, {@code null} on uninstall
 */
public record PluginVersionChange(String plugin, String fromVersion, String toVersion) {

    public PluginVersionChange {
        Objects.requireNonNull(plugin, "plugin");
    }
}
