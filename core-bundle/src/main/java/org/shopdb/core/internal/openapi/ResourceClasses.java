package org.shopdb.core.internal.openapi;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.util.tracker.ServiceTrackerCustomizer;

/**
 * Tracks JAX-RS resource services of any bundle and any service type, keeping the class of
 * each (the routes are read from it) and saying when something changed.
 */
final class ResourceClasses implements ServiceTrackerCustomizer<Object, Class<?>> {

    private final BundleContext context;
    private final Runnable changed;

    ResourceClasses(BundleContext context, Runnable changed) {
        this.context = context;
        this.changed = changed;
    }

    @Override
    public Class<?> addingService(ServiceReference<Object> reference) {
        Object resource = context.getService(reference);
        if (resource == null) {
            return null;
        }
        changed.run();
        return resource.getClass();
    }

    @Override
    public void modifiedService(ServiceReference<Object> reference, Class<?> type) {
        changed.run();
    }

    @Override
    public void removedService(ServiceReference<Object> reference, Class<?> type) {
        context.ungetService(reference);
        changed.run();
    }
}
