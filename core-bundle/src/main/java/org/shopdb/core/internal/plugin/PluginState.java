package org.shopdb.core.internal.plugin;

import java.util.Locale;

/** Where a plugin stands, as {@code /api/plugins} and {@code shopdb:plugin-list} report it. */
public enum PluginState {
    /** Started, schema migrated, lifecycle recorded: its routes and hooks are live. */
    ACTIVE,
    /** Started, but its schema or lifecycle bookkeeping is not done yet. */
    STARTING,
    /** Resolved but not started (or stopped). */
    RESOLVED,
    /** Installed, not yet resolved, and nothing keeps it from resolving. */
    INSTALLED,
    /** Cannot run on this core: an unmet requirement (core API range, a missing package) or an unusable name. */
    INCOMPATIBLE,
    /** Its schema migration or a lifecycle hook failed. */
    FAILED,
    /** Known to this database, its bundle gone; its data is kept. */
    UNINSTALLED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
