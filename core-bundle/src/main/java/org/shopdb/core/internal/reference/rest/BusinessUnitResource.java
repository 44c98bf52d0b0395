package org.shopdb.core.internal.reference.rest;

import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
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
import org.shopdb.api.reference.BusinessUnit;
import org.shopdb.api.reference.ReferenceDataService;
import org.shopdb.core.internal.rest.Actors;
import org.shopdb.core.internal.rest.DataEnvelope;
import org.shopdb.core.internal.rest.RequestBodies;
import org.shopdb.core.internal.rest.ShopdbApplication;

/** {@code /api/businessunits}: list and create. */
@Component(service = BusinessUnitResource.class)
@JaxrsResource
@JSONRequired
@JaxrsApplicationSelect(ShopdbApplication.SELECT)
@Path("businessunits")
@Produces(MediaType.APPLICATION_JSON)
public class BusinessUnitResource {

    /** What a client sends to create a business unit. */
    public record Body(String code, String name) {
    }

    private final ReferenceDataService referenceData;

    @Activate
    public BusinessUnitResource(@Reference ReferenceDataService referenceData) {
        this.referenceData = referenceData;
    }

    @GET
    public DataEnvelope<List<BusinessUnit>> list() {
        return DataEnvelope.of(referenceData.businessUnits());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(Body body, @Context SecurityContext security) {
        Body required = RequestBodies.required(body);
        BusinessUnit created = referenceData.createBusinessUnit(Actors.of(security), required.code(), required.name());
        return Response.status(Response.Status.CREATED).entity(DataEnvelope.of(created)).build();
    }
}
