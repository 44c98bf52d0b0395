package org.shopdb.core.internal.plugin;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.shopdb.api.plugin.Collector;
import org.shopdb.api.plugin.DashboardWidget;
import org.shopdb.api.plugin.FieldSchemaProvider;
import org.shopdb.api.plugin.NavigationItem;
import org.shopdb.api.plugin.SearchField;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the active plugins contribute right now: navigation items, dashboard widgets, search
 * fields, field schemas, collectors. A plugin that is not active (still starting, failed,
 * stopped) contributes nothing, and a hook that throws is left out and logged, never passed on.
 */
@Component(service = PluginContributions.class)
public class PluginContributions {

    private static final Logger LOG = LoggerFactory.getLogger(PluginContributions.class);

    private final PluginRegistry registry;
    private final PluginHooks hooks;

    @Activate
    public PluginContributions(@Reference PluginRegistry registry, @Reference PluginHooks hooks) {
        this.registry = registry;
        this.hooks = hooks;
    }

    public List<Contribution<NavigationItem>> navigationItems() {
        return flatten(hooks.navigationProviders(), provider -> provider.navigationItems(), "navigation items");
    }

    public List<Contribution<SearchField>> searchFields() {
        return flatten(hooks.searchFieldProviders(), provider -> provider.searchFields(), "search fields");
    }

    /** The widgets themselves: their data is asked for by the caller, which reports failures per widget. */
    public List<Contribution<DashboardWidget>> dashboardWidgets() {
        return ofActive(hooks.dashboardWidgets());
    }

    public Optional<FieldSchemaProvider> fieldSchema(String plugin) {
        return ofActive(hooks.fieldSchemaProviders()).stream().filter(contribution -> contribution.plugin().equals(plugin))
                .map(Contribution::value).findFirst();
    }

    /** The collector of that name, if an active plugin registered one. */
    public Optional<Contribution<Collector>> collector(String name) {
        return ofActive(hooks.collectors()).stream().filter(contribution -> name.equals(safely(contribution, Collector::name)))
                .findFirst();
    }

    private <T> List<Contribution<T>> ofActive(List<Hook<T>> all) {
        return ofActive(all, registry.activePlugins());
    }

    /** The hooks registered by active plugins' bundles, named after their plugin; all others dropped. */
    static <T> List<Contribution<T>> ofActive(List<Hook<T>> all, Map<Long, String> active) {
        List<Contribution<T>> contributions = new ArrayList<>();
        for (Hook<T> hook : all) {
            String plugin = active.get(hook.bundleId());
            if (plugin != null) {
                contributions.add(new Contribution<>(plugin, hook.service()));
            }
        }
        return contributions;
    }

    private <H, T> List<Contribution<T>> flatten(List<Hook<H>> all, Function<H, List<T>> items, String what) {
        List<Contribution<T>> contributions = new ArrayList<>();
        for (Contribution<H> provider : ofActive(all)) {
            List<T> provided = safely(provider, items);
            if (provided == null) {
                LOG.warn("Plugin {} failed to give its {}; left out", provider.plugin(), what);
                continue;
            }
            provided.forEach(item -> contributions.add(new Contribution<>(provider.plugin(), item)));
        }
        return contributions;
    }

    private static <H, R> R safely(Contribution<H> contribution, Function<H, R> call) {
        try {
            return call.apply(contribution.value());
        } catch (RuntimeException e) {
            LOG.warn("Plugin {}: {} threw {}", contribution.plugin(), contribution.value().getClass().getName(), e.toString());
            return null;
        }
    }
}
