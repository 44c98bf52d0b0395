package org.shopdb.core.internal.openapi;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.shopdb.core.internal.rest.ShopdbApplication;

/** {@code GET /api/openapi.json}: public; the OpenAPI 3 document of every route served right now, plugins' included. */
@Component(service = OpenApiResource.class)
@JaxrsResource
@JSONRequired
@JaxrsApplicationSelect(ShopdbApplication.SELECT)
@Path("openapi.json")
public class OpenApiResource {

    private final OpenApiRegistry registry;

    @Activate
    public OpenApiResource(@Reference OpenApiRegistry registry) {
        this.registry = registry;
    }

    /** Revalidated on every use: plugins come and go, and the document with them. */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response document() {
        return Response.ok(registry.document()).header(HttpHeaders.CACHE_CONTROL, "no-cache").build();
    }
}
