package org.shopdb.core.internal.search;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.shopdb.api.plugin.SearchField;
import org.shopdb.core.internal.plugin.Contribution;
import org.shopdb.core.internal.plugin.PluginContributions;
import org.shopdb.core.internal.plugin.PluginRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The search fields the active plugins contribute right now, with the plugin and its version,
 * heaviest first (ties by table and column, for a stable order). Table and column names go into
 * SQL, so a field whose names are not plain lower-case identifiers is left out (and logged once).
 * Two plugins naming the same table and column count once.
 */
@Component(service = LiveSearchFields.class)
public class LiveSearchFields {

    private static final Pattern IDENTIFIER = Pattern.compile("[a-z][a-z0-9_]{0,63}");
    private static final Logger LOG = LoggerFactory.getLogger(LiveSearchFields.class);

    private final BundleContext context;
    private final PluginContributions plugins;
    private final PluginRegistry registry;
    /** Fields already reported as unusable, so a broken plugin does not flood the log. */
    private final Set<String> reported = ConcurrentHashMap.newKeySet();

    @Activate
    public LiveSearchFields(BundleContext context, @Reference PluginContributions plugins, @Reference PluginRegistry registry) {
        this.context = context;
        this.plugins = plugins;
        this.registry = registry;
    }

    /** A plugin's search field and the plugin (name and version) it comes from. */
    public record LiveField(String plugin, String pluginVersion, SearchField field) {

        String sourceName() {
            return SearchSource.nameOf(field.table(), field.column());
        }
    }

    public List<LiveField> fields() {
        Map<String, String> versions = pluginVersions();
        Map<String, LiveField> bySource = new LinkedHashMap<>();
        for (Contribution<SearchField> contribution : plugins.searchFields()) {
            SearchField field = contribution.value();
            if (!isIdentifier(field.table()) || !isIdentifier(field.column())) {
                if (reported.add(field.table() + "." + field.column())) {
                    LOG.warn("Search skips plugin field {}.{} of {}: table and column must be plain lower-case identifiers",
                            field.table(), field.column(), contribution.plugin());
                }
                continue;
            }
            LiveField live = new LiveField(contribution.plugin(), versions.getOrDefault(contribution.plugin(), ""), field);
            bySource.putIfAbsent(live.sourceName(), live);
        }
        return bySource.values().stream()
                .sorted(Comparator.comparingInt((LiveField live) -> live.field().weight()).reversed()
                        .thenComparing(live -> live.field().table()).thenComparing(live -> live.field().column()))
                .toList();
    }

    static boolean isIdentifier(String name) {
        return name != null && IDENTIFIER.matcher(name).matches();
    }

    /** Version of each active plugin, from its bundle. */
    private Map<String, String> pluginVersions() {
        Map<String, String> versions = new LinkedHashMap<>();
        registry.activePlugins().forEach((bundleId, plugin) -> {
            Bundle bundle = context.getBundle(bundleId);
            if (bundle != null) {
                versions.put(plugin, bundle.getVersion().toString());
            }
        });
        return versions;
    }
}
