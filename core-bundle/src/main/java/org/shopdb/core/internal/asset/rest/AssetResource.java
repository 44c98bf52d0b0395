package org.shopdb.core.internal.asset.rest;

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
import org.shopdb.api.asset.Asset;
import org.shopdb.api.asset.AssetQuery;
import org.shopdb.api.asset.AssetService;
import org.shopdb.core.internal.rest.Actors;
import org.shopdb.core.internal.rest.DataEnvelope;
import org.shopdb.core.internal.rest.PathIds;
import org.shopdb.core.internal.rest.QueryParameters;
import org.shopdb.core.internal.rest.RequestBodies;
import org.shopdb.core.internal.rest.ShopdbApplication;

/** {@code /api/assets}: list with filters and paging, detail, create, replace, delete. */
@Component(service = AssetResource.class)
@JaxrsResource
@JSONRequired
@JaxrsApplicationSelect(ShopdbApplication.SELECT)
@Path("assets")
@Produces(MediaType.APPLICATION_JSON)
public class AssetResource {

    private final AssetService assets;

    @Activate
    public AssetResource(@Reference AssetService assets) {
        this.assets = assets;
    }

    @GET
    public DataEnvelope<List<Asset>> list(@Context UriInfo uri) {
        QueryParameters parameters = new QueryParameters(uri.getQueryParameters());
        AssetQuery query = new AssetQuery(parameters.text("assettype"), parameters.text("status"),
                parameters.id("locationid"), parameters.id("businessunitid"), parameters.bool("isactive"),
                parameters.text("q"), parameters.page());
        parameters.failOnErrors();
        return DataEnvelope.of(assets.list(query));
    }

    @GET
    @Path("{id}")
    public DataEnvelope<Asset> get(@PathParam("id") String id) {
        return DataEnvelope.of(assets.require(PathIds.parse(id, "Asset")));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(AssetBody body, @Context SecurityContext security, @Context UriInfo uri) {
        Asset created = assets.create(Actors.of(security), RequestBodies.required(body).toNewAsset());
        URI location = uri.getAbsolutePathBuilder().path(String.valueOf(created.assetId())).build();
        return Response.created(location).entity(DataEnvelope.of(created)).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public DataEnvelope<Asset> replace(@PathParam("id") String id, AssetBody body, @Context SecurityContext security) {
        return DataEnvelope.of(assets.update(Actors.of(security), PathIds.parse(id, "Asset"), RequestBodies.required(body).toUpdate()));
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") String id, @Context SecurityContext security) {
        assets.delete(Actors.of(security), PathIds.parse(id, "Asset"));
        return Response.noContent().build();
    }
}
