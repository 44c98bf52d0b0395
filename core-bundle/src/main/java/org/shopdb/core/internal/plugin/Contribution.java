package org.shopdb.core.internal.plugin;

/** Something an active plugin contributes, with the plugin's name. */
public record Contribution<T>(String plugin, T value) {
}
