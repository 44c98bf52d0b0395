package org.shopdb.core.internal.plugin;

import java.util.Dictionary;
import java.util.Hashtable;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import javax.ws.rs.core.Application;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.jaxrs.whiteboard.JaxrsWhiteboardConstants;
import org.osgi.util.tracker.BundleTracker;
import org.osgi.util.tracker.BundleTrackerCustomizer;
import org.shopdb.api.plugin.PluginApplication;
import org.shopdb.core.internal.auth.AuthenticationFilter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives every live plugin a JAX-RS application of its own ({@link PluginApplication}:
 * {@code shopdb.<name>} at {@code api/<name>}) and withdraws it the moment the plugin bundle
 * stops, before the plugin's own services go. Only that application is built and torn down
 * when the plugin comes, goes or is updated; the core's application is not touched.
 *
 * <p>The application goes up when the plugin is live ({@link #publish}: schema migrated and
 * lifecycle recorded), by then its resources are registered, so it is built once, with them,
 * and never serves a half-started plugin.
 */
@Component(service = PluginApplicationRegistrar.class, immediate = true)
public class PluginApplicationRegistrar implements BundleTrackerCustomizer<PluginApplicationRegistrar.Served> {

    private static final Logger LOG = LoggerFactory.getLogger(PluginApplicationRegistrar.class);

    private final BundleContext context;
    /** Plugin name to the bundle whose application is registered. */
    private final Map<String, Long> owners = new ConcurrentHashMap<>();
    private final BundleTracker<Served> tracker;

    /** An active plugin bundle and, once published, its application. */
    static final class Served {
        final String plugin;
        ServiceRegistration<Application> registration;
        boolean stopped;

        Served(String plugin) {
            this.plugin = plugin;
        }
    }

    @Activate
    public PluginApplicationRegistrar(BundleContext context) {
        this.context = context;
        this.tracker = new BundleTracker<>(context, Bundle.ACTIVE, this);
        tracker.open();
    }

    @Deactivate
    void deactivate() {
        tracker.close();
    }

    /** Registers the application of the (active) plugin bundle, unless it has one or stopped meanwhile. */
    public void publish(Bundle bundle) {
        Served served = tracker.getObject(bundle);
        if (served == null) {
            return;
        }
        synchronized (served) {
            if (served.registration != null || served.stopped) {
                return;
            }
            Long owner = owners.putIfAbsent(served.plugin, bundle.getBundleId());
            if (owner != null && owner != bundle.getBundleId()) {
                LOG.error("Plugin bundle {} gets no routes: bundle {} already serves plugin '{}'", bundle.getSymbolicName(), owner, served.plugin);
                return;
            }
            served.registration = context.registerService(Application.class, new PluginJaxrsApplication(), properties(served.plugin));
        }
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
        return new Served(identity.get().name());
    }

    @Override
    public void modifiedBundle(Bundle bundle, BundleEvent event, Served served) {
        // only ACTIVE is tracked: leaving it removes the bundle
    }

    @Override
    public void removedBundle(Bundle bundle, BundleEvent event, Served served) {
        synchronized (served) {
            served.stopped = true;
            if (served.registration == null) {
                return;
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
