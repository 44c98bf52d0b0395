package org.shopdb.core.internal.openapi;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleEvent;
import org.osgi.util.tracker.BundleTrackerCustomizer;

/**
 * Tracks the OpenAPI fragments of started bundles. It records a fragment's coming or going
 * before it reports it, so that whoever reads {@link #current()} after the report sees it.
 */
final class FragmentBundles implements BundleTrackerCustomizer<OpenApiFragment> {

    private final Consumer<Bundle> changed;
    private final Map<Long, OpenApiFragment> fragments = new ConcurrentHashMap<>();

    FragmentBundles(Consumer<Bundle> changed) {
        this.changed = changed;
    }

    /** The fragments of the bundles started now. */
    List<OpenApiFragment> current() {
        return new ArrayList<>(fragments.values());
    }

    @Override
    public OpenApiFragment addingBundle(Bundle bundle, BundleEvent event) {
        OpenApiFragment fragment = FragmentReader.read(bundle).orElse(null);
        if (fragment != null) {
            fragments.put(bundle.getBundleId(), fragment);
            changed.accept(bundle);
        }
        return fragment;
    }

    @Override
    public void modifiedBundle(Bundle bundle, BundleEvent event, OpenApiFragment fragment) {
        // STARTING to ACTIVE: the same fragment
    }

    @Override
    public void removedBundle(Bundle bundle, BundleEvent event, OpenApiFragment fragment) {
        fragments.remove(bundle.getBundleId());
        changed.accept(bundle);
    }
}
