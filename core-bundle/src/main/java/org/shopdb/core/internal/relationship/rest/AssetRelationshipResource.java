package org.shopdb.core.internal.relationship.rest;

import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
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
import org.shopdb.api.asset.AssetRelationship;
import org.shopdb.api.asset.AssetRelationshipService;
import org.shopdb.api.error.FieldError;
import org.shopdb.api.error.ValidationException;
import org.shopdb.core.internal.rest.Actors;
import org.shopdb.core.internal.rest.DataEnvelope;
import org.shopdb.core.internal.rest.PathIds;
import org.shopdb.core.internal.rest.RequestBodies;
import org.shopdb.core.internal.rest.ShopdbApplication;

import com.fasterxml.jackson.annotation.JsonProperty;

/** {@code /api/assets/{id}/relationships}: typed links from and to an asset. */
@Component(service = AssetRelationshipResource.class)
@JaxrsResource
@JSONRequired
@JaxrsApplicationSelect(ShopdbApplication.SELECT)
@Path("assets/{id}/relationships")
@Produces(MediaType.APPLICATION_JSON)
public class AssetRelationshipResource {

    /** What a client sends: this asset {@code type} the target asset. */
    public record Body(@JsonProperty("toassetid") Long toAssetId, String type) {
    }

    private final AssetRelationshipService relationships;

    @Activate
    public AssetRelationshipResource(@Reference AssetRelationshipService relationships) {
        this.relationships = relationships;
    }

    @GET
    public DataEnvelope<List<AssetRelationship>> list(@PathParam("id") String assetId) {
        return DataEnvelope.of(relationships.forAsset(PathIds.parse(assetId, "Asset")));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response relate(@PathParam("id") String assetId, Body body, @Context SecurityContext security) {
        Body required = RequestBodies.required(body);
        if (required.toAssetId() == null) {
            throw new ValidationException(List.of(new FieldError("toassetid", "is required")));
        }
        AssetRelationship created = relationships.relate(Actors.of(security), PathIds.parse(assetId, "Asset"), required.toAssetId(), required.type());
        return Response.status(Response.Status.CREATED).entity(DataEnvelope.of(created)).build();
    }

    @DELETE
    @Path("{relationshipId}")
    public Response unrelate(@PathParam("id") String assetId, @PathParam("relationshipId") String relationshipId,
            @Context SecurityContext security) {
        relationships.unrelate(Actors.of(security), PathIds.parse(assetId, "Asset"), PathIds.parse(relationshipId, "Relationship"));
        return Response.noContent().build();
    }

}
