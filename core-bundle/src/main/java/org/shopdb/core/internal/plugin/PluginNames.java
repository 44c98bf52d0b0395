package org.shopdb.core.internal.plugin;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.shopdb.api.plugin.PluginCapabilities;

/**
 * Which plugin names the core can serve. A plugin's routes live at {@code /api/<name>}, a
 * longer (so more specific) path than the core's {@code /api}: a plugin named like a core
 * collection would hide it, so those names are refused.
 */
public final class PluginNames {

    private static final Pattern VALID = Pattern.compile(PluginCapabilities.NAME_PATTERN);

    /**
     * First path segments of the core's routes under {@code /api}, present and planned
     * ({@code PluginNamesTest} checks every core resource is covered).
     */
    static final Set<String> CORE_SEGMENTS = Set.of("apikeys", "assets", "assettypes", "audit", "auth", "businessunits",
            "collector", "dashboard", "health", "locations", "navigation", "openapi", "plugins", "search", "statuses",
            "users");

    private PluginNames() {
    }

    /** Why {@code name} cannot be served, or empty when it can. */
    public static Optional<String> problem(String name) {
        if (!VALID.matcher(name).matches()) {
            return Optional.of("plugin name '" + name + "' is not 2 to 31 lower-case letters and digits starting with a letter");
        }
        if (CORE_SEGMENTS.contains(name)) {
            return Optional.of("plugin name '" + name + "' is taken by the core's /api/" + name);
        }
        return Optional.empty();
    }
}
