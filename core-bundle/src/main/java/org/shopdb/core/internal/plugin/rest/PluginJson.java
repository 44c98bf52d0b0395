package org.shopdb.core.internal.plugin.rest;

import java.time.Instant;
import java.util.List;

import org.shopdb.core.internal.plugin.HookKind;
import org.shopdb.core.internal.plugin.PluginInfo;

/**
 * A plugin in {@code /api/plugins}.
 *
 * @param schema where its field schema is served, when it has one and is active
 */
public record PluginJson(String name, String version, String state, String bundle, Long bundleid, String corerange,
        List<String> hooks, String reason, String path, String collectionpath, String schema, Instant installeddate,
        Instant upgradeddate) {

    static PluginJson of(PluginInfo plugin) {
        boolean servesSchema = plugin.isActive() && plugin.hooks().contains(HookKind.FIELD_SCHEMA.code());
        return new PluginJson(plugin.name(), plugin.version(), plugin.state().code(), plugin.bundle(),
                plugin.bundleId() < 0 ? null : plugin.bundleId(), plugin.coreRange(), plugin.hooks(), plugin.reason(), plugin.path(),
                plugin.collectionPath(), servesSchema ? "/api/plugins/" + plugin.name() + "/schema" : null,
                plugin.installedDate(), plugin.upgradedDate());
    }
}
