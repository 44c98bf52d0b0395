package org.shopdb.core.internal.health;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.shopdb.core.internal.rest.ShopdbApplication;

/** {@code GET /api/health}: public; 200 when ready, 503 with the reason when not. */
@Component(service = HealthResource.class)
@JaxrsResource
@JSONRequired
@JaxrsApplicationSelect(ShopdbApplication.SELECT)
@Path("health")
public class HealthResource {

    private final HealthCheck check;

    @Activate
    public HealthResource(@Reference HealthCheck check) {
        this.check = check;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response health() {
        HealthReport report = check.check();
        return Response.status(report.isReady() ? Response.Status.OK : Response.Status.SERVICE_UNAVAILABLE)
                .header("Cache-Control", "no-store")
                .entity(report)
                .build();
    }
}
