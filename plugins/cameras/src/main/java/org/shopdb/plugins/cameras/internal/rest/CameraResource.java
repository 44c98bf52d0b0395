package org.shopdb.plugins.cameras.internal.rest;

import java.net.URI;
import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.shopdb.api.error.FieldError;
import org.shopdb.api.error.InvalidRequestException;
import org.shopdb.api.error.NotFoundException;
import org.shopdb.api.rest.Actors;
import org.shopdb.api.rest.DataEnvelope;
import org.shopdb.api.rest.QueryParameters;
import org.shopdb.plugins.cameras.internal.Camera;
import org.shopdb.plugins.cameras.internal.CameraQuery;
import org.shopdb.plugins.cameras.internal.CameraService;

/**
 * {@code /api/cameras}: list with filters and paging, detail, create, replace, delete. Served
 * by the plugin's own JAX-RS application, which the core registers for every active plugin
 * with its authentication filter, JSON provider and error mappers.
 */
@Component(service = CameraResource.class)
@JaxrsResource
@JSONRequired
@JaxrsApplicationSelect("(osgi.jaxrs.name=shopdb.cameras)")
@Path("")
@Produces(MediaType.APPLICATION_JSON)
public class CameraResource {

    private final CameraService cameras;

    @Activate
    public CameraResource(@Reference CameraService cameras) {
        this.cameras = cameras;
    }

    @GET
    public DataEnvelope<List<Camera>> list(@Context UriInfo uri) {
        QueryParameters parameters = new QueryParameters(uri.getQueryParameters());
        CameraQuery query = new CameraQuery(parameters.text("status"), parameters.id("locationid"), parameters.text("vendor"),
                parameters.text("model"), parameters.text("recordingserver"), parameters.instant("notseensince"), parameters.page());
        parameters.failOnErrors();
        return DataEnvelope.of(cameras.list(query));
    }

    @GET
    @Path("{id}")
    public DataEnvelope<Camera> get(@PathParam("id") String id) {
        return DataEnvelope.of(cameras.require(idOf(id)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(CameraBody body, @Context SecurityContext security, @Context UriInfo uri) {
        Camera created = cameras.create(Actors.of(security), required(body).toNewCamera());
        URI location = uri.getAbsolutePathBuilder().path(String.valueOf(created.assetId())).build();
        return Response.created(location).entity(DataEnvelope.of(created)).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public DataEnvelope<Camera> replace(@PathParam("id") String id, CameraBody body, @Context SecurityContext security) {
        return DataEnvelope.of(cameras.update(Actors.of(security), idOf(id), required(body).toChange()));
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") String id, @Context SecurityContext security) {
        cameras.delete(Actors.of(security), idOf(id));
        return Response.noContent().build();
    }

    /** Anything but a positive whole number names no camera: 404, as for an unknown number. */
    private static long idOf(String id) {
        try {
            long parsed = Long.parseLong(id);
            if (parsed > 0) {
                return parsed;
            }
        } catch (NumberFormatException notANumber) {
            // falls through: no such camera
        }
        throw new NotFoundException("Camera", id);
    }

    private static CameraBody required(CameraBody body) {
        if (body == null) {
            throw new InvalidRequestException(List.of(new FieldError("body", "a JSON object is required")));
        }
        return body;
    }
}
