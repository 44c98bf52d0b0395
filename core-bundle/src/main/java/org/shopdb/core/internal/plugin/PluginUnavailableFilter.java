package org.shopdb.core.internal.plugin;

import java.util.List;

import javax.annotation.Priority;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.PreMatching;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;
import org.shopdb.core.internal.rest.ApiError;

/**
 * Answers {@code 503 plugin_unavailable} with {@code Retry-After} for a request that waited in
 * vain for a plugin's application to be served ({@link HeldPluginRequests}); runs after authentication, so
 * an anonymous caller learns nothing more than {@code 401}.
 */
@Component(service = ContainerRequestFilter.class)
@JaxrsExtension
@JaxrsName("shopdb-plugin-unavailable")
@JaxrsApplicationSelect("(osgi.jaxrs.name=*)")
@PreMatching
@Priority(Priorities.USER + 100)
public class PluginUnavailableFilter implements ContainerRequestFilter {

    static final int RETRY_AFTER_SECONDS = 5;

    @Override
    public void filter(ContainerRequestContext request) {
        Object plugin = request.getProperty(HeldPluginRequests.UNAVAILABLE);
        if (plugin != null) {
            request.abortWith(unavailable(plugin.toString()));
        }
    }

    static Response unavailable(String plugin) {
        Response error = ApiError.response(503, "plugin_unavailable",
                "Plugin " + plugin + " is being started or updated and is not serving yet; retry in a few seconds", List.of());
        return Response.fromResponse(error).header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS).build();
    }
}
