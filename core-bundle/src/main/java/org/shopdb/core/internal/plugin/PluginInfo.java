package org.shopdb.core.internal.plugin;

import java.time.Instant;
import java.util.List;

/**
 * One plugin as the registry sees it right now.
 *
 * @param bundleId       its bundle, or -1 when uninstalled
 * @param coreRange      the core API range it requires, e.g. {@code [1.0.0,2.0.0)}
 * @param hooks          codes of the hook kinds it has registered ({@link HookKind#code()})
 * @param reason         why it is not active, in plain words; {@code null} when active
 * @param path           where its routes are, {@code /api/<name>}
 * @param collectionPath the collection its field schema describes, or {@code null}
 * @param installedDate  when this database first saw it, or {@code null} if it has not yet
 */
public record PluginInfo(String name, String version, PluginState state, String bundle, long bundleId, String coreRange,
        List<String> hooks, String reason, String path, String collectionPath, Instant installedDate, Instant upgradedDate) {

    public boolean isActive() {
        return state == PluginState.ACTIVE;
    }
}
