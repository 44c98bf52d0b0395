package org.shopdb.core.internal.plugin;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpChannel;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.ContextHandler;
import org.eclipse.jetty.servlet.ServletContextHandler;
import org.eclipse.jetty.servlet.ServletHandler;
import org.eclipse.jetty.servlet.ServletHolder;
import org.eclipse.jetty.servlet.ServletMapping;
import org.osgi.framework.Constants;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.shopdb.api.plugin.PluginApplication;
import org.shopdb.core.internal.rest.JaxrsComponents;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Holds a request for a plugin whose routes are switching to a new revision or arriving
 * ({@link PluginSwitches}) until Jetty serves the plugin's new application and its CXF endpoint
 * serves every resource the plugin registered for it ({@link ServedResources}), then lets it be
 * routed there; and a request for a plugin departing for good until Jetty no longer routes it to
 * the plugin's old context, so that the core answers it ({@code 404}).
 *
 * <p>Pax Web applies every {@link HttpConfiguration.Customizer} service to each request before
 * Jetty picks the servlet context, so a request let go here is routed by the contexts as they are
 * then: to the new application. One that waited in vain is marked with {@link #UNAVAILABLE} and
 * answered {@code 503} by the core ({@link PluginUnavailableFilter}), since no plugin context
 * takes it.
 *
 * <p>Its service ranking differs from {@link PluginCollectionRoots}': Pax Web keeps customizers in a
 * set ordered by ranking alone, so a second one with the same ranking would silently be dropped.
 */
@Component(service = HttpConfiguration.Customizer.class, property = Constants.SERVICE_RANKING + ":Integer=" + HeldPluginRequests.RANKING)
public class HeldPluginRequests implements HttpConfiguration.Customizer {

    static final int RANKING = 10;
    private static final String EVERYTHING = "/*";
    /** Request attribute naming the plugin a request waited for in vain. */
    public static final String UNAVAILABLE = "org.shopdb.plugin.unavailable";
    private static final Logger LOG = LoggerFactory.getLogger(HeldPluginRequests.class);

    private final PluginSwitches switches;
    /** Told once: a plugin's servlet that is no CXF servlet is taken as whole when Jetty serves it. */
    private final AtomicBoolean toldUninspectable = new AtomicBoolean();

    @Activate
    public HeldPluginRequests(@Reference PluginSwitches switches) {
        this.switches = switches;
    }

    @Override
    public void customize(Connector connector, HttpConfiguration configuration, Request request) {
        String plugin = pluginOf(request.getHttpURI().getPath());
        if (plugin == null || PluginNames.problem(plugin).isPresent()) {
            return;
        }
        if (switches.switching(plugin) && !awaitSwitch(connector, plugin)) {
            request.setAttribute(UNAVAILABLE, plugin);
            return;
        }
        if (switches.isDeparting(plugin)) {
            awaitDeparture(connector, plugin);
        }
        switches.entered(plugin);
        // transient: Jetty drops the listener when the request is done
        request.getHttpChannel().addListener(new HttpChannel.Listener() {
            @Override
            public void onComplete(Request completed) {
                switches.left(plugin);
            }
        });
    }

    /** Waits for the plugin's switch; false when the request should be told to come back later. */
    private boolean awaitSwitch(Connector connector, String plugin) {
        String contextPath = "/" + PluginApplication.base(plugin);
        try {
            return switches.await(plugin, resources -> missing(connector.getServer(), contextPath, resources)) != PluginSwitches.Outcome.UNAVAILABLE;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Waits until Jetty no longer routes the departing plugin's path to its context, so that the core answers. */
    private void awaitDeparture(Connector connector, String plugin) {
        String contextPath = "/" + PluginApplication.base(plugin);
        try {
            switches.awaitDeparture(plugin, () -> takesRequests(connector.getServer(), contextPath));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The plugin a path {@code /api/<name>} or {@code /api/<name>/…} may belong to, or {@code null}. */
    static String pluginOf(String path) {
        String prefix = "/" + PluginApplication.BASE_PREFIX;
        if (path == null || !path.startsWith(prefix)) {
            return null;
        }
        int end = path.indexOf('/', prefix.length());
        String name = path.substring(prefix.length(), end < 0 ? path.length() : end);
        return name.isEmpty() ? null : name;
    }

    /**
     * Of the root {@code resources} expected in the plugin's application at {@code contextPath}, those
     * its endpoint does not serve; empty while Jetty does not serve the application's servlet.
     */
    private Optional<Set<String>> missing(Server server, String contextPath, Set<String> resources) {
        ServletHolder servlet = jaxrsServlet(server, contextPath);
        if (servlet == null) {
            return Optional.empty();
        }
        Optional<Set<String>> served;
        try {
            served = ServedResources.of(servlet);
        } catch (Exception notReady) {
            LOG.debug("{}: its servlet cannot be looked into yet", contextPath, notReady);
            return Optional.empty();
        }
        if (served.isEmpty()) {
            if (toldUninspectable.compareAndSet(false, true)) {
                LOG.warn("{}: its JAX-RS servlet is no CXF servlet ({}); plugins' requests are let go once Jetty serves it, "
                        + "whether or not their endpoint has all their resources", contextPath, servlet.getClassName());
            }
            return Optional.of(Set.of());
        }
        return Optional.of(JaxrsComponents.missing(resources, served.get()));
    }

    /**
     * The servlet of a started context at {@code contextPath} that is mapped to {@code /*} (the JAX-RS
     * one) and ready, or {@code null}. Pax Web may keep a plugin's context with only its default
     * servlet (mapped to {@code /}) after the application went: that one serves nothing.
     */
    static ServletHolder jaxrsServlet(Server server, String contextPath) {
        for (Handler handler : server.getChildHandlersByClass(ContextHandler.class)) {
            ContextHandler context = (ContextHandler) handler;
            if (contextPath.equals(context.getContextPath()) && context.isStarted() && context.isAvailable()
                    && context instanceof ServletContextHandler servlets && servlets.getServletHandler() != null) {
                ServletHolder servlet = servingEverything(servlets.getServletHandler());
                if (servlet != null) {
                    return servlet;
                }
            }
        }
        return null;
    }

    /**
     * Whether Jetty routes {@code contextPath} to a context of its own: one that is started and
     * available, whatever it serves (a context Pax Web is removing answers Jetty's HTML 404).
     */
    static boolean takesRequests(Server server, String contextPath) {
        for (Handler handler : server.getChildHandlersByClass(ContextHandler.class)) {
            ContextHandler context = (ContextHandler) handler;
            if (contextPath.equals(context.getContextPath()) && context.isStarted() && context.isAvailable()) {
                return true;
            }
        }
        return false;
    }

    private static ServletHolder servingEverything(ServletHandler servlets) {
        ServletMapping[] mappings = servlets.getServletMappings();
        if (mappings == null) {
            return null;
        }
        for (ServletMapping mapping : mappings) {
            if (mapping.getPathSpecs() != null && Arrays.asList(mapping.getPathSpecs()).contains(EVERYTHING)) {
                ServletHolder servlet = servlets.getServlet(mapping.getServletName());
                if (servlet != null && servlet.isStarted() && servlet.isAvailable()) {
                    return servlet;
                }
            }
        }
        return null;
    }
}
