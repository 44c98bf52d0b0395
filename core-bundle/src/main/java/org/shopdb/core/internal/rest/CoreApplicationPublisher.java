package org.shopdb.core.internal.rest;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import javax.ws.rs.core.Application;

import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.ComponentConstants;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.util.tracker.ServiceTracker;
import org.osgi.util.tracker.ServiceTrackerCustomizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes the {@link ShopdbApplication} once every JAX-RS resource and extension of the
 * core bundle is registered. The whiteboard rebuilds a live application for each resource
 * added to it, and during a rebuild requests fail (404, or a 500 from CXF); published last,
 * the application is built once, and the moment health first answers every core route is
 * served. If some never come (the database is down at boot), it is published after
 * {@value #GRACE_SECONDS} s anyway, so that health can say why.
 */
@Component(immediate = true)
public class CoreApplicationPublisher {

    static final long GRACE_SECONDS = 30;
    private static final Logger LOG = LoggerFactory.getLogger(CoreApplicationPublisher.class);

    private final BundleContext context;
    private final Set<String> expected;
    private final Set<String> present = ConcurrentHashMap.newKeySet();
    private final ServiceTracker<Object, String> tracker;
    private final ScheduledExecutorService grace = Executors.newSingleThreadScheduledExecutor(
            runnable -> new Thread(runnable, "shopdb-application-grace"));
    private ServiceRegistration<Application> registration;

    @Activate
    public CoreApplicationPublisher(BundleContext context, @Reference ServiceComponentRuntime runtime) throws InvalidSyntaxException {
        this.context = context;
        this.expected = JaxrsComponents.enabledIn(runtime, context.getBundle());
        this.tracker = new ServiceTracker<>(context,
                context.createFilter("(|(osgi.jaxrs.resource=true)(osgi.jaxrs.extension=true))"), new OwnComponents());
        tracker.open(true);
        publishIfComplete();
        grace.schedule(this::publishAfterGrace, GRACE_SECONDS, TimeUnit.SECONDS);
    }

    @Deactivate
    synchronized void deactivate() {
        grace.shutdownNow();
        tracker.close();
        if (registration != null) {
            registration.unregister();
            registration = null;
        }
    }

    private void publishIfComplete() {
        if (JaxrsComponents.missing(expected, present).isEmpty()) {
            publish();
        }
    }

    private void publishAfterGrace() {
        Set<String> missing = JaxrsComponents.missing(expected, present);
        if (!missing.isEmpty()) {
            LOG.warn("Serving the API after {} s without {} (waiting for their dependencies, e.g. the database); "
                    + "they join when ready", GRACE_SECONDS, missing);
        }
        publish();
    }

    private synchronized void publish() {
        if (registration == null && !grace.isShutdown()) {
            registration = context.registerService(Application.class, new ShopdbApplication(), ShopdbApplication.serviceProperties());
            LOG.info("ShopDB API published with {} of the core's {} resource and extension components",
                    expected.size() - JaxrsComponents.missing(expected, present).size(), expected.size());
        }
    }

    /** Tracks the core bundle's own JAX-RS services by component name. */
    private final class OwnComponents implements ServiceTrackerCustomizer<Object, String> {

        @Override
        public String addingService(ServiceReference<Object> reference) {
            if (reference.getBundle() == null || reference.getBundle().getBundleId() != context.getBundle().getBundleId()) {
                return null;
            }
            String name = String.valueOf(reference.getProperty(ComponentConstants.COMPONENT_NAME));
            present.add(name);
            publishIfComplete();
            return name;
        }

        @Override
        public void modifiedService(ServiceReference<Object> reference, String name) {
            // names do not change
        }

        @Override
        public void removedService(ServiceReference<Object> reference, String name) {
            present.remove(name);
        }
    }
}
