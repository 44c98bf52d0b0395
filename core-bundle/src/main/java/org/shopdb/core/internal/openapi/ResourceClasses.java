package org.shopdb.core.internal.openapi;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.util.tracker.ServiceTrackerCustomizer;

/**
 * Tracks JAX-RS resource services of any bundle and any service type, keeping the class of
 * each (the routes are read from it). It records a change before it reports it, so that
 * whoever reads {@link #current()} after the report sees the change.
 */
final class ResourceClasses implements ServiceTrackerCustomizer<Object, Class<?>> {

    private final BundleContext context;
    private final Runnable changed;
    private final Map<ServiceReference<?>, Class<?>> classes = new ConcurrentHashMap<>();

    ResourceClasses(BundleContext context, Runnable changed) {
        this.context = context;
        this.changed = changed;
    }

    /** The resource services now registered, with the class of each. */
    Map<ServiceReference<?>, Class<?>> current() {
        return new HashMap<>(classes);
    }

    @Override
    public Class<?> addingService(ServiceReference<Object> reference) {
        Object resource = context.getService(reference);
        if (resource == null) {
            return null;
        }
        classes.put(reference, resource.getClass());
        changed.run();
        return resource.getClass();
    }

    @Override
    public void modifiedService(ServiceReference<Object> reference, Class<?> type) {
        changed.run();
    }

    @Override
    public void removedService(ServiceReference<Object> reference, Class<?> type) {
        classes.remove(reference);
        context.ungetService(reference);
        changed.run();
    }
}
