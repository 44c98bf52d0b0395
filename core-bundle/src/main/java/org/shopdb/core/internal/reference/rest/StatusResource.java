package org.shopdb.core.internal.reference.rest;

import java.util.List;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.shopdb.api.reference.AssetStatus;
import org.shopdb.api.reference.ReferenceDataService;
import org.shopdb.core.internal.rest.DataEnvelope;
import org.shopdb.core.internal.rest.ShopdbApplication;

/** {@code GET /api/statuses}: the asset statuses, in their display order. */
@Component(service = StatusResource.class)
@JaxrsResource
@JSONRequired
@JaxrsApplicationSelect(ShopdbApplication.SELECT)
@Path("statuses")
@Produces(MediaType.APPLICATION_JSON)
public class StatusResource {

    private final ReferenceDataService referenceData;

    @Activate
    public StatusResource(@Reference ReferenceDataService referenceData) {
        this.referenceData = referenceData;
    }

    @GET
    public DataEnvelope<List<AssetStatus>> list() {
        return DataEnvelope.of(referenceData.statuses());
    }
}
