package org.shopdb.core.internal.reference.rest;

import java.util.List;
import java.util.Locale;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.shopdb.api.error.FieldError;
import org.shopdb.api.error.InvalidRequestException;
import org.shopdb.api.error.ValidationException;
import org.shopdb.api.reference.Location;
import org.shopdb.api.reference.LocationKind;
import org.shopdb.api.reference.ReferenceDataService;
import org.shopdb.core.internal.rest.Actors;
import org.shopdb.core.internal.rest.DataEnvelope;
import org.shopdb.core.internal.rest.RequestBodies;
import org.shopdb.core.internal.rest.ShopdbApplication;

import com.fasterxml.jackson.annotation.JsonProperty;

/** {@code /api/locations}: the site hierarchy, flat or as a tree ({@code ?view=tree}); create. */
@Component(service = LocationResource.class)
@JaxrsResource
@JSONRequired
@JaxrsApplicationSelect(ShopdbApplication.SELECT)
@Path("locations")
@Produces(MediaType.APPLICATION_JSON)
public class LocationResource {

    /** What a client sends to create a location. */
    public record Body(@JsonProperty("parentid") Long parentId, String kind, String code, String name) {

        LocationKind parsedKind() {
            if (kind == null || kind.isBlank()) {
                return null;
            }
            try {
                return LocationKind.valueOf(kind.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw ValidationException.of("kind", "must be one of site, building, area, cell");
            }
        }
    }

    private final ReferenceDataService referenceData;

    @Activate
    public LocationResource(@Reference ReferenceDataService referenceData) {
        this.referenceData = referenceData;
    }

    @GET
    public DataEnvelope<List<Location>> list(@QueryParam("view") String view) {
        if (view == null || view.equals("flat")) {
            return DataEnvelope.of(referenceData.locations());
        }
        if (view.equals("tree")) {
            return DataEnvelope.of(referenceData.locationTree());
        }
        throw new InvalidRequestException(List.of(new FieldError("view", "must be flat or tree")));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(Body body, @Context SecurityContext security) {
        Body required = RequestBodies.required(body);
        Location created = referenceData.createLocation(Actors.of(security), required.parentId(), required.parsedKind(),
                required.code(), required.name());
        return Response.status(Response.Status.CREATED).entity(DataEnvelope.of(created)).build();
    }
}
