package org.shopdb.core.internal.mode;

import java.util.List;

import javax.annotation.Priority;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.PreMatching;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;
import org.shopdb.core.internal.rest.ApiError;

/**
 * Answers every request but the health check with 503 while the {@link ServingGuard}
 * refuses; runs before authentication so that no login is possible either.
 */
@Component(service = ContainerRequestFilter.class)
@JaxrsExtension
@JaxrsName("shopdb-serving-guard")
@JaxrsApplicationSelect("(osgi.jaxrs.name=*)")
@PreMatching
@Priority(ServingGuardFilter.PRIORITY)
public class ServingGuardFilter implements ContainerRequestFilter {

    /** Before {@link javax.ws.rs.Priorities#AUTHENTICATION}. */
    static final int PRIORITY = 100;
    static final String HEALTH_PATH = "/api/health";

    private final ServingGuard guard;

    @Activate
    public ServingGuardFilter(@Reference ServingGuard guard) {
        this.guard = guard;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (HEALTH_PATH.equals(request.getUriInfo().getRequestUri().getRawPath())) {
            return;
        }
        guard.refusal().ifPresent(reason -> request.abortWith(
                ApiError.response(503, "service_unavailable", "ShopDB refuses to serve: " + reason, List.of())));
    }
}
