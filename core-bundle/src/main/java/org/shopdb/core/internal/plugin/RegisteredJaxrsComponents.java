package org.shopdb.core.internal.plugin;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongConsumer;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.ComponentConstants;
import org.osgi.util.tracker.ServiceTracker;
import org.osgi.util.tracker.ServiceTrackerCustomizer;

/**
 * The JAX-RS resource and extension services registered now, by the bundle that registered them
 * and the component that provides them; tells {@code arrived} the bundle id each time one comes.
 */
final class RegisteredJaxrsComponents implements ServiceTrackerCustomizer<Object, RegisteredJaxrsComponents.Registered> {

    static final String JAXRS_SERVICES = "(|(osgi.jaxrs.resource=true)(osgi.jaxrs.extension=true))";

    record Registered(long bundleId, String component) {
    }

    /** Bundle id to component name to how many of its services are registered. */
    private final Map<Long, Map<String, Integer>> registered = new ConcurrentHashMap<>();
    private final LongConsumer arrived;
    private final ServiceTracker<Object, Registered> tracker;

    RegisteredJaxrsComponents(BundleContext context, LongConsumer arrived) throws InvalidSyntaxException {
        this.arrived = arrived;
        this.tracker = new ServiceTracker<>(context, context.createFilter(JAXRS_SERVICES), this);
    }

    void open() {
        tracker.open(true);
    }

    void close() {
        tracker.close();
    }

    /** The names of the bundle's components whose JAX-RS services are registered. */
    Set<String> of(Bundle bundle) {
        Map<String, Integer> components = registered.get(bundle.getBundleId());
        return components == null ? Set.of() : Set.copyOf(components.keySet());
    }

    @Override
    public Registered addingService(ServiceReference<Object> reference) {
        Bundle bundle = reference.getBundle();
        if (bundle == null) {
            return null;
        }
        Registered service = new Registered(bundle.getBundleId(), String.valueOf(reference.getProperty(ComponentConstants.COMPONENT_NAME)));
        registered.computeIfAbsent(service.bundleId(), id -> new ConcurrentHashMap<>()).merge(service.component(), 1, Integer::sum);
        arrived.accept(service.bundleId());
        return service;
    }

    @Override
    public void modifiedService(ServiceReference<Object> reference, Registered service) {
        // the providing component does not change
    }

    @Override
    public void removedService(ServiceReference<Object> reference, Registered service) {
        registered.computeIfPresent(service.bundleId(), (id, components) -> {
            components.computeIfPresent(service.component(), (name, count) -> count > 1 ? count - 1 : null);
            return components.isEmpty() ? null : components;
        });
    }
}
