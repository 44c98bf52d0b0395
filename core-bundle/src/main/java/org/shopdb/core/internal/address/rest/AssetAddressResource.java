package org.shopdb.core.internal.address.rest;

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
import org.shopdb.api.asset.NetworkAddress;
import org.shopdb.api.asset.NetworkAddressService;
import org.shopdb.api.asset.NewNetworkAddress;
import org.shopdb.core.internal.rest.Actors;
import org.shopdb.core.internal.rest.DataEnvelope;
import org.shopdb.core.internal.rest.PathIds;
import org.shopdb.core.internal.rest.RequestBodies;
import org.shopdb.core.internal.rest.ShopdbApplication;

import com.fasterxml.jackson.annotation.JsonProperty;

/** {@code /api/assets/{id}/addresses}: an asset's IP, MAC and hostname entries. */
@Component(service = AssetAddressResource.class)
@JaxrsResource
@JSONRequired
@JaxrsApplicationSelect(ShopdbApplication.SELECT)
@Path("assets/{id}/addresses")
@Produces(MediaType.APPLICATION_JSON)
public class AssetAddressResource {

    /** What a client sends to add an address. */
    public record Body(@JsonProperty("ipaddress") String ipAddress, @JsonProperty("macaddress") String macAddress,
            @JsonProperty("hostname") String hostname, @JsonProperty("isprimary") Boolean primary) {
    }

    private final NetworkAddressService addresses;

    @Activate
    public AssetAddressResource(@Reference NetworkAddressService addresses) {
        this.addresses = addresses;
    }

    @GET
    public DataEnvelope<List<NetworkAddress>> list(@PathParam("id") String assetId) {
        return DataEnvelope.of(addresses.forAsset(PathIds.parse(assetId, "Asset")));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response add(@PathParam("id") String assetId, Body body, @Context SecurityContext security) {
        Body required = RequestBodies.required(body);
        NetworkAddress added = addresses.add(Actors.of(security), PathIds.parse(assetId, "Asset"), new NewNetworkAddress(
                required.ipAddress(), required.macAddress(), required.hostname(), Boolean.TRUE.equals(required.primary())));
        return Response.status(Response.Status.CREATED).entity(DataEnvelope.of(added)).build();
    }

    @DELETE
    @Path("{addressId}")
    public Response remove(@PathParam("id") String assetId, @PathParam("addressId") String addressId,
            @Context SecurityContext security) {
        addresses.remove(Actors.of(security), PathIds.parse(assetId, "Asset"), PathIds.parse(addressId, "Network address"));
        return Response.noContent().build();
    }

}
