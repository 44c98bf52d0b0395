package org.shopdb.core.internal.apikey.rest;

import java.net.URI;
import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
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
import org.shopdb.core.internal.apikey.ApiKeyScope;
import org.shopdb.core.internal.apikey.ApiKeyStore;
import org.shopdb.core.internal.apikey.IssuedApiKey;
import org.shopdb.core.internal.rest.Actors;
import org.shopdb.core.internal.rest.DataEnvelope;
import org.shopdb.core.internal.rest.PathIds;
import org.shopdb.core.internal.rest.RequestBodies;
import org.shopdb.core.internal.rest.ShopdbApplication;

/**
 * {@code /api/apikeys} (admins only): issue a key (its secret answered once), list keys,
 * revoke one.
 */
@Component(service = ApiKeyResource.class)
@JaxrsResource
@JSONRequired
@JaxrsApplicationSelect(ShopdbApplication.SELECT)
@Path("apikeys")
@Produces(MediaType.APPLICATION_JSON)
public class ApiKeyResource {

    private final ApiKeyStore keys;

    @Activate
    public ApiKeyResource(@Reference ApiKeyStore keys) {
        this.keys = keys;
    }

    @GET
    public DataEnvelope<List<ApiKeyView>> list() {
        return DataEnvelope.of(keys.list().stream().map(ApiKeyView::of).toList());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(ApiKeyBody body, @Context SecurityContext security, @Context UriInfo uri) {
        ApiKeyBody request = RequestBodies.required(body);
        IssuedApiKey issued = keys.create(Actors.of(security), request.name(), ApiKeyScope.of(request.collectors()));
        URI location = uri.getAbsolutePathBuilder().path(String.valueOf(issued.apiKey().apiKeyId())).build();
        // The secret is in this body and nowhere else: keep it out of caches.
        return Response.created(location).header(HttpHeaders.CACHE_CONTROL, "no-store")
                .entity(DataEnvelope.of(ApiKeyView.of(issued))).build();
    }

    /** Revokes the key; a revoked key stays listed, for the audit trail. */
    @DELETE
    @Path("{id}")
    public Response revoke(@PathParam("id") String id, @Context SecurityContext security) {
        keys.revoke(Actors.of(security), PathIds.parse(id, "API key"));
        return Response.noContent().build();
    }
}
