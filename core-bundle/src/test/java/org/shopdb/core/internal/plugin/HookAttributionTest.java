package org.shopdb.core.internal.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Constants;

class HookAttributionTest {

    @Test
    void aHookBelongsToTheBundleThatRegisteredIt() {
        Hook<String> hook = Hook.of(Map.entry(Map.of(Constants.SERVICE_BUNDLEID, 42L, Constants.SERVICE_ID, 7L), "widget"));
        assertEquals(new Hook<>(42, "widget"), hook);
    }

    @Test
    void theKindsOfABundleAreThoseItRegistered() {
        Map<HookKind, List<? extends Hook<?>>> all = Map.of(
                HookKind.NAVIGATION, List.of(new Hook<>(10, "nav"), new Hook<>(11, "nav")),
                HookKind.DASHBOARD, List.of(new Hook<>(11, "widget")),
                HookKind.LIFECYCLE, List.of());
        assertEquals(Set.of(HookKind.NAVIGATION), PluginHooks.kindsOf(10, all));
        assertEquals(Set.of(HookKind.NAVIGATION, HookKind.DASHBOARD), PluginHooks.kindsOf(11, all));
        assertEquals(Set.of(), PluginHooks.kindsOf(12, all));
    }

    @Test
    void onlyActivePluginsContributeUnderTheirName() {
        List<Hook<String>> widgets = List.of(new Hook<>(10, "a"), new Hook<>(11, "b"), new Hook<>(12, "c"));
        Map<Long, String> active = Map.of(10L, "cameras", 12L, "printers");
        assertEquals(List.of(new Contribution<>("cameras", "a"), new Contribution<>("printers", "c")),
                PluginContributions.ofActive(widgets, active));
    }
}
