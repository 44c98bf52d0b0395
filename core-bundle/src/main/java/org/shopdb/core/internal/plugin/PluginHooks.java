package org.shopdb.core.internal.plugin;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.shopdb.api.plugin.Collector;
import org.shopdb.api.plugin.DashboardWidget;
import org.shopdb.api.plugin.FieldSchemaProvider;
import org.shopdb.api.plugin.NavigationProvider;
import org.shopdb.api.plugin.PluginLifecycle;
import org.shopdb.api.plugin.SearchFieldProvider;

/**
 * Every hook service registered right now, each attributed to the bundle that registered it.
 * The references are dynamic and greedy: a hook counts from the moment it is registered until
 * the moment it goes, and this component (and all that use it) never restarts for it.
 */
@Component(service = PluginHooks.class)
public class PluginHooks {

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile List<Map.Entry<Map<String, Object>, SearchFieldProvider>> searchFieldProviders = List.of();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile List<Map.Entry<Map<String, Object>, NavigationProvider>> navigationProviders = List.of();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile List<Map.Entry<Map<String, Object>, DashboardWidget>> dashboardWidgets = List.of();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile List<Map.Entry<Map<String, Object>, FieldSchemaProvider>> fieldSchemaProviders = List.of();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile List<Map.Entry<Map<String, Object>, Collector>> collectors = List.of();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile List<Map.Entry<Map<String, Object>, PluginLifecycle>> lifecycles = List.of();

    public List<Hook<SearchFieldProvider>> searchFieldProviders() {
        return attributed(searchFieldProviders);
    }

    public List<Hook<NavigationProvider>> navigationProviders() {
        return attributed(navigationProviders);
    }

    public List<Hook<DashboardWidget>> dashboardWidgets() {
        return attributed(dashboardWidgets);
    }

    public List<Hook<FieldSchemaProvider>> fieldSchemaProviders() {
        return attributed(fieldSchemaProviders);
    }

    public List<Hook<Collector>> collectors() {
        return attributed(collectors);
    }

    /** The kinds of hook the bundle has registered right now. */
    public Set<HookKind> kindsOf(long bundleId) {
        Map<HookKind, List<? extends Hook<?>>> all = new EnumMap<>(HookKind.class);
        all.put(HookKind.SEARCH_FIELDS, attributed(searchFieldProviders));
        all.put(HookKind.NAVIGATION, attributed(navigationProviders));
        all.put(HookKind.DASHBOARD, attributed(dashboardWidgets));
        all.put(HookKind.FIELD_SCHEMA, attributed(fieldSchemaProviders));
        all.put(HookKind.COLLECTOR, attributed(collectors));
        all.put(HookKind.LIFECYCLE, attributed(lifecycles));
        return kindsOf(bundleId, all);
    }

    static Set<HookKind> kindsOf(long bundleId, Map<HookKind, List<? extends Hook<?>>> all) {
        Set<HookKind> kinds = EnumSet.noneOf(HookKind.class);
        all.forEach((kind, hooks) -> {
            if (hooks.stream().anyMatch(hook -> hook.bundleId() == bundleId)) {
                kinds.add(kind);
            }
        });
        return kinds;
    }

    private static <T> List<Hook<T>> attributed(List<Map.Entry<Map<String, Object>, T>> tuples) {
        return tuples.stream().map(Hook::of).toList();
    }
}
