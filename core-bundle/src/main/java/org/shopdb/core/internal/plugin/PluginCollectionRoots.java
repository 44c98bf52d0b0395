package org.shopdb.core.internal.plugin;

import org.eclipse.jetty.http.HttpURI;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.Request;
import org.osgi.service.component.annotations.Component;
import org.shopdb.api.plugin.PluginApplication;

/**
 * Serves a plugin's collection root, {@code /api/<name>}, in place rather than by redirect.
 *
 * <p>The JAX-RS whiteboard gives every application a servlet context of its own whose path is
 * the application base, and Jetty answers a request for a context path without its trailing
 * slash with {@code 302} to {@code /api/<name>/} — fatal for a {@code POST}. Pax Web applies
 * every {@link HttpConfiguration.Customizer} service to each request before routing, so this
 * one appends the slash to every {@code /api/<name>} that could be a plugin's (a valid plugin
 * name, not a core collection); the plugin's {@code @Path("")} resource then answers it
 * directly, and while no such plugin is there the core answers {@code /api/<name>/} with the
 * same {@code 404} as {@code /api/<name>}.
 */
@Component(service = HttpConfiguration.Customizer.class)
public class PluginCollectionRoots implements HttpConfiguration.Customizer {

    @Override
    public void customize(Connector connector, HttpConfiguration configuration, Request request) {
        HttpURI uri = request.getHttpURI();
        String plugin = collectionRootOf(uri.getPath());
        if (plugin != null && PluginNames.problem(plugin).isEmpty()) {
            HttpURI rooted = new HttpURI(uri);
            rooted.setPath(uri.getPath() + "/");
            request.setHttpURI(rooted);
            request.setPathInfo(rooted.getDecodedPath());
        }
    }

    /** The plugin name of a path {@code /api/<name>}, or {@code null} for any other path. */
    static String collectionRootOf(String path) {
        String prefix = "/" + PluginApplication.BASE_PREFIX;
        if (path == null || !path.startsWith(prefix) || path.length() == prefix.length()) {
            return null;
        }
        String rest = path.substring(prefix.length());
        return rest.indexOf('/') < 0 && rest.indexOf(';') < 0 ? rest : null;
    }
}
