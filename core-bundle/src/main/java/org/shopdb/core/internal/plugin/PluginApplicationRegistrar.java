package org.shopdb.core.internal.plugin;

import java.util.Dictionary;
import java.util.Hashtable;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import javax.ws.rs.core.Application;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceRegistration;
import org.osgi.framework.SynchronousBundleListener;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.osgi.service.jaxrs.whiteboard.JaxrsWhiteboardConstants;
import org.osgi.util.tracker.BundleTracker;
import org.osgi.util.tracker.BundleTrackerCustomizer;
import org.shopdb.api.plugin.PluginApplication;
import org.shopdb.core.internal.auth.AuthenticationFilter;
import org.shopdb.core.internal.rest.JaxrsComponents;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives every live plugin a JAX-RS application of its own ({@link PluginApplication}:
 * {@code shopdb.<name>} at {@code api/<name>}) and withdraws it the moment the plugin bundle
 * stops, before the plugin's own services go. Only that application is built and torn down
 * when the plugin comes, goes or is updated; the core's application is not touched.
 *
 * <p>The application goes up when the plugin is live ({@link #publish}: schema migrated and
 * lifecycle recorded) <em>and</em> every JAX-RS resource and extension component of the plugin
 * bundle has registered its service (the expected set is read from the Service Component Runtime):
 * the whiteboard then builds it once, with all of them, on the publishing thread. A resource that
 * joins a served application makes the whiteboard rebuild it, and meanwhile the plugin's routes
 * answer CXF's empty {@code 200} or HTML {@code 404} (ADR 0009). Components that are not there
 * {@value #GRACE_SECONDS} s after the plugin went live (a missing dependency) do not keep the
 * others from being served: the application goes up without them and the log names them.
 *
 * <p>Requests that come from the publication on are held ({@link PluginSwitches#arriving}) until
 * Jetty serves the new context and its endpoint serves every resource the plugin had registered
 * for it at that moment ({@link HeldPluginRequests}).
 *
 * <p>A bundle stopped only for the moment is expected back ({@link PluginStopping}): its requests
 * are held by {@link PluginSwitches} until the new application is served, unless the bundle is
 * uninstalled instead. A bundle stopped or uninstalled for good is not: its requests wait only until
 * Pax Web has removed its context, and the core answers them {@code 404}.
 */
@Component(service = PluginApplicationRegistrar.class, immediate = true)
public class PluginApplicationRegistrar implements BundleTrackerCustomizer<PluginApplicationRegistrar.Served> {

    /** Longest wait, once the plugin is live, for its JAX-RS components before its routes go up without them. */
    static final long GRACE_SECONDS = 15;
    /**
     * Pause between seeing a plugin's JAX-RS service registered and publishing its application; spares
     * a rebuild, proves nothing. The framework tells its service listeners in no fixed order: this
     * registrar may hear of the last resource before the whiteboard does, and an application published
     * then is built without it and rebuilt a moment later (ADR 0009). Held requests wait through that
     * rebuild (the hold checks the endpoint's resources); the registering thread tells all listeners at
     * once, so the pause mostly lets the whiteboard record the resource first and build once.
     */
    static final long SETTLE_MILLIS = 250;
    private static final Logger LOG = LoggerFactory.getLogger(PluginApplicationRegistrar.class);

    private final BundleContext context;
    private final ServiceComponentRuntime components;
    private final RegisteredJaxrsComponents registeredJaxrs;
    /** Publishes off the thread that registered a plugin's service, and after the grace. */
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(
            runnable -> new Thread(runnable, "shopdb-plugin-publish"));
    /** Plugin name to the bundle whose application is registered. */
    private final Map<String, Long> owners = new ConcurrentHashMap<>();
    /**
     * Bundles declared live for their current start. Kept apart from the tracker: the
     * declaration may come before this tracker has seen the bundle become active.
     */
    private final Set<Long> live = ConcurrentHashMap.newKeySet();
    private final BundleTracker<Served> tracker;
    private final PluginSwitches switches;
    /** Bundles stopped for the moment, to the plugin whose requests are held for them. */
    private final Map<Long, String> expectedBack = new ConcurrentHashMap<>();
    private final SynchronousBundleListener uninstalls = this::uninstalled;
    /** The core itself is going: every application is withdrawn with it, nothing departs on its own. */
    private volatile boolean closing;

    /** An active plugin bundle and, once published, its application. */
    static final class Served {
        final String plugin;
        ServiceRegistration<Application> registration;
        boolean stopped;
        /** Served once the grace is over even if some JAX-RS components are missing. */
        boolean graceOver;
        ScheduledFuture<?> grace;

        Served(String plugin) {
            this.plugin = plugin;
        }
    }

    @Activate
    public PluginApplicationRegistrar(BundleContext context, @Reference PluginSwitches switches,
            @Reference ServiceComponentRuntime components) throws InvalidSyntaxException {
        this.context = context;
        this.switches = switches;
        this.components = components;
        context.addBundleListener(uninstalls);
        this.tracker = new BundleTracker<>(context, Bundle.ACTIVE, this);
        this.registeredJaxrs = new RegisteredJaxrsComponents(context, bundleId -> later(() -> registerIfTracked(bundleId), SETTLE_MILLIS));
        registeredJaxrs.open();
        tracker.open();
    }

    @Deactivate
    void deactivate() {
        closing = true;
        tracker.close();
        registeredJaxrs.close();
        worker.shutdownNow();
        context.removeBundleListener(uninstalls);
        expectedBack.values().forEach(switches::gone);
    }

    /**
     * The plugin bundle is live for its current start: its application goes up now, or as soon
     * as this registrar sees the bundle active.
     */
    public void publish(Bundle bundle) {
        live.add(bundle.getBundleId());
        Served served = tracker.getObject(bundle);
        if (served != null) {
            register(bundle, served);
        }
    }

    /** The plugin bundle's start ended (stopped, updated, uninstalled): it is no longer live. */
    public void withdraw(long bundleId) {
        live.remove(bundleId);
    }

    /** Runs {@code task} on the worker after {@code millis}; not at all once this registrar is deactivated. */
    private ScheduledFuture<?> later(Runnable task, long millis) {
        try {
            return worker.schedule(task, millis, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException deactivated) {
            return null;
        }
    }

    /** One of the bundle's JAX-RS services came: its application may be complete now. */
    private void registerIfTracked(long bundleId) {
        Bundle bundle = context.getBundle(bundleId);
        Served served = bundle == null ? null : tracker.getObject(bundle);
        if (served != null) {
            register(bundle, served);
        }
    }

    private void registerAfterGrace(Bundle bundle, Served served) {
        synchronized (served) {
            served.graceOver = true;
        }
        register(bundle, served);
    }

    private void register(Bundle bundle, Served served) {
        Set<String> resources;
        ServiceRegistration<Application> published;
        synchronized (served) {
            if (served.registration != null || served.stopped || !live.contains(bundle.getBundleId()) || !complete(bundle, served)) {
                return;
            }
            Long owner = owners.putIfAbsent(served.plugin, bundle.getBundleId());
            if (owner != null && owner != bundle.getBundleId()) {
                LOG.error("Plugin bundle {} gets no routes: bundle {} already serves plugin '{}'", bundle.getSymbolicName(), owner, served.plugin);
                return;
            }
            switches.arriving(served.plugin);
            Dictionary<String, Object> properties = properties(served.plugin);
            resources = resourceClasses(bundle, properties);
            // The whiteboard builds the application on this thread, with every resource it has heard of by now.
            served.registration = context.registerService(Application.class, new PluginJaxrsApplication(), properties);
            published = served.registration;
            if (served.grace != null) {
                served.grace.cancel(false);
            }
            expectedBack.remove(bundle.getBundleId());
        }
        switches.published(served.plugin, resources, () -> later(() -> republish(bundle, served, published), 0));
    }

    /**
     * The hold found the application's endpoint short of a resource the plugin had registered (the
     * whiteboard lost it, ADR 0009): withdraws this registration and publishes the application again,
     * built with every resource the whiteboard knows now. Nothing happens if it was withdrawn meanwhile.
     */
    private void republish(Bundle bundle, Served served, ServiceRegistration<Application> stale) {
        synchronized (served) {
            if (served.registration != stale || served.stopped) {
                return;
            }
            try {
                stale.unregister();
            } catch (IllegalStateException alreadyUnregistered) {
                // the core is stopping
                return;
            }
            served.registration = null;
        }
        register(bundle, served);
    }

    /**
     * The implementation classes of the bundle's resource components registered now for the application
     * with these properties: what its endpoint must serve before held requests go on ({@link PluginSwitches}).
     */
    private Set<String> resourceClasses(Bundle bundle, Dictionary<String, Object> application) {
        Set<String> classes = new TreeSet<>();
        for (String component : registeredJaxrs.resourcesOf(bundle, application)) {
            ComponentDescriptionDTO description = components.getComponentDescriptionDTO(bundle, component);
            if (description != null && description.implementationClass != null) {
                classes.add(description.implementationClass);
            }
        }
        return classes;
    }

    /**
     * Whether every JAX-RS component of the bundle has registered its service, or the grace is over;
     * starts the grace the first time a live bundle is found incomplete.
     */
    private boolean complete(Bundle bundle, Served served) {
        Set<String> missing = JaxrsComponents.missing(JaxrsComponents.enabledIn(components, bundle), registeredJaxrs.of(bundle));
        if (missing.isEmpty()) {
            return true;
        }
        if (served.graceOver) {
            LOG.warn("Plugin {}: serving its routes without {}, not registered {} s after it went live (waiting for their dependencies?); "
                    + "each rebuilds its application when it comes", served.plugin, missing, GRACE_SECONDS);
            return true;
        }
        if (served.grace == null) {
            served.grace = later(() -> registerAfterGrace(bundle, served), TimeUnit.SECONDS.toMillis(GRACE_SECONDS));
        }
        LOG.debug("Plugin {}: its routes go up once {} are registered", served.plugin, missing);
        return false;
    }

    @Override
    public Served addingBundle(Bundle bundle, BundleEvent event) {
        Optional<PluginIdentity> identity = PluginIdentity.of(bundle);
        if (identity.isEmpty()) {
            return null;
        }
        Optional<String> problem = PluginNames.problem(identity.get().name());
        if (problem.isPresent()) {
            LOG.error("Plugin bundle {} gets no routes: {}", bundle.getSymbolicName(), problem.get());
            return null;
        }
        Served served = new Served(identity.get().name());
        register(bundle, served);
        return served;
    }

    @Override
    public void modifiedBundle(Bundle bundle, BundleEvent event, Served served) {
        // only ACTIVE is tracked: leaving it removes the bundle
    }

    @Override
    public void removedBundle(Bundle bundle, BundleEvent event, Served served) {
        live.remove(bundle.getBundleId());
        synchronized (served) {
            served.stopped = true;
            if (served.grace != null) {
                served.grace.cancel(false);
            }
            switches.withdrawn(served.plugin);
            if (served.registration == null) {
                return;
            }
            if (!closing && !expectedBack.containsKey(bundle.getBundleId())) {
                departFromNow(served.plugin);
            }
            try {
                served.registration.unregister();
            } catch (IllegalStateException alreadyUnregistered) {
                // the core is stopping and the framework withdrew it already
            }
            served.registration = null;
            owners.remove(served.plugin, bundle.getBundleId());
        }
    }

    /** The plugin whose application this bundle serves now, if any. */
    Optional<String> servedPlugin(Bundle bundle) {
        Served served = tracker.getObject(bundle);
        if (served == null) {
            return Optional.empty();
        }
        synchronized (served) {
            return served.registration == null ? Optional.empty() : Optional.of(served.plugin);
        }
    }

    /** The bundle stops only for the moment ({@link PluginStopping}): should it be uninstalled instead, its held requests go on. */
    void expectBack(Bundle bundle, String plugin) {
        expectedBack.put(bundle.getBundleId(), plugin);
    }

    /** An uninstalled bundle does not come back: its held requests go on, to the core's 404 once its context is gone. */
    private void uninstalled(BundleEvent event) {
        if (event.getType() == BundleEvent.UNINSTALLED) {
            String plugin = expectedBack.remove(event.getBundle().getBundleId());
            if (plugin != null) {
                switches.departing(plugin);
                switches.gone(plugin);
            }
        }
    }

    /**
     * The plugin's routes go for good: from now on its requests wait until its context is gone (then
     * the core answers {@code 404}), and those already let through finish first, as before an update.
     */
    private void departFromNow(String plugin) {
        switches.departing(plugin);
        try {
            switches.drain(plugin);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static Dictionary<String, Object> properties(String plugin) {
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put(JaxrsWhiteboardConstants.JAX_RS_NAME, PluginApplication.name(plugin));
        properties.put(JaxrsWhiteboardConstants.JAX_RS_APPLICATION_BASE, PluginApplication.base(plugin));
        // Served only while the deny-by-default filter is there, exactly like the core's application.
        properties.put(JaxrsWhiteboardConstants.JAX_RS_EXTENSION_SELECT, "(osgi.jaxrs.name=" + AuthenticationFilter.NAME + ")");
        properties.put(PluginApplication.PLUGIN_PROPERTY, plugin);
        return properties;
    }
}
