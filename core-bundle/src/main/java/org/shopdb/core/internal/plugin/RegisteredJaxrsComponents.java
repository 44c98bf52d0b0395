package org.shopdb.core.internal.plugin;

import java.util.Collection;
import java.util.Dictionary;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongConsumer;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.ComponentConstants;
import org.osgi.service.jaxrs.whiteboard.JaxrsWhiteboardConstants;
import org.osgi.util.tracker.ServiceTracker;
import org.osgi.util.tracker.ServiceTrackerCustomizer;

/**
 * The JAX-RS resource and extension services registered now, by the bundle that registered them
 * and the component that provides them; tells {@code arrived} the bundle id each time one comes.
 */
final class RegisteredJaxrsComponents implements ServiceTrackerCustomizer<Object, RegisteredJaxrsComponents.Registered> {

    static final String JAXRS_SERVICES = "(|(osgi.jaxrs.resource=true)(osgi.jaxrs.extension=true))";

    /** One JAX-RS service: a resource's {@code select} is its application select property, if any. */
    record Registered(long bundleId, String component, boolean resource, Object select) {

        /** Whether this is a resource that selects the application with these service properties. */
        boolean resourceOf(Dictionary<String, ?> application) {
            if (!resource || select == null) {
                return false;
            }
            Collection<?> filters = select instanceof String[] many ? List.of(many)
                    : select instanceof Collection<?> many ? many : List.of(select);
            try {
                for (Object filter : filters) {
                    if (!FrameworkUtil.createFilter(String.valueOf(filter)).match(application)) {
                        return false;
                    }
                }
                return true;
            } catch (InvalidSyntaxException refusedByTheWhiteboardToo) {
                return false;
            }
        }
    }

    /** Bundle id to its JAX-RS services registered now. */
    private final Map<Long, Map<ServiceReference<Object>, Registered>> registered = new ConcurrentHashMap<>();
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
        Set<String> components = new TreeSet<>();
        services(bundle).forEach(service -> components.add(service.component()));
        return components;
    }

    /** The names of the bundle's components with a resource registered for the application with these properties. */
    Set<String> resourcesOf(Bundle bundle, Dictionary<String, ?> application) {
        Set<String> components = new TreeSet<>();
        services(bundle).stream().filter(service -> service.resourceOf(application)).forEach(service -> components.add(service.component()));
        return components;
    }

    private Collection<Registered> services(Bundle bundle) {
        Map<ServiceReference<Object>, Registered> services = registered.get(bundle.getBundleId());
        return services == null ? List.of() : List.copyOf(services.values());
    }

    @Override
    public Registered addingService(ServiceReference<Object> reference) {
        Bundle bundle = reference.getBundle();
        if (bundle == null) {
            return null;
        }
        Registered service = new Registered(bundle.getBundleId(), String.valueOf(reference.getProperty(ComponentConstants.COMPONENT_NAME)),
                "true".equalsIgnoreCase(String.valueOf(reference.getProperty(JaxrsWhiteboardConstants.JAX_RS_RESOURCE))),
                reference.getProperty(JaxrsWhiteboardConstants.JAX_RS_APPLICATION_SELECT));
        registered.computeIfAbsent(service.bundleId(), id -> new ConcurrentHashMap<>()).put(reference, service);
        arrived.accept(service.bundleId());
        return service;
    }

    @Override
    public void modifiedService(ServiceReference<Object> reference, Registered service) {
        // the providing component does not change; its application select may
        Map<ServiceReference<Object>, Registered> services = registered.get(service.bundleId());
        if (services != null) {
            services.computeIfPresent(reference, (key, old) -> new Registered(old.bundleId(), old.component(), old.resource(),
                    reference.getProperty(JaxrsWhiteboardConstants.JAX_RS_APPLICATION_SELECT)));
        }
    }

    @Override
    public void removedService(ServiceReference<Object> reference, Registered service) {
        registered.computeIfPresent(service.bundleId(), (id, services) -> {
            services.remove(reference);
            return services.isEmpty() ? null : services;
        });
    }
}
