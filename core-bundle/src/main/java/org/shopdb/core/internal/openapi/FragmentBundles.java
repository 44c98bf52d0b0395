package org.shopdb.core.internal.openapi;

import java.util.function.Consumer;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleEvent;
import org.osgi.util.tracker.BundleTrackerCustomizer;

/** Tracks the OpenAPI fragments of started bundles, saying which bundle's fragment came or went. */
final class FragmentBundles implements BundleTrackerCustomizer<OpenApiFragment> {

    private final Consumer<Bundle> changed;

    FragmentBundles(Consumer<Bundle> changed) {
        this.changed = changed;
    }

    @Override
    public OpenApiFragment addingBundle(Bundle bundle, BundleEvent event) {
        OpenApiFragment fragment = FragmentReader.read(bundle).orElse(null);
        if (fragment != null) {
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
        changed.accept(bundle);
    }
}
