package org.shopdb.core.internal.asset.rest;

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
import org.shopdb.api.asset.AssetType;
import org.shopdb.api.asset.AssetTypeService;
import org.shopdb.core.internal.rest.DataEnvelope;
import org.shopdb.core.internal.rest.ShopdbApplication;

/** {@code GET /api/assettypes}: every asset type, with the core or plugin that owns it. */
@Component(service = AssetTypeResource.class)
@JaxrsResource
@JSONRequired
@JaxrsApplicationSelect(ShopdbApplication.SELECT)
@Path("assettypes")
@Produces(MediaType.APPLICATION_JSON)
public class AssetTypeResource {

    private final AssetTypeService types;

    @Activate
    public AssetTypeResource(@Reference AssetTypeService types) {
        this.types = types;
    }

    @GET
    public DataEnvelope<List<AssetType>> list() {
        return DataEnvelope.of(types.list());
    }
}
