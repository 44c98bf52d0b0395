package org.shopdb.core.internal.user.rest;

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
import org.shopdb.api.paging.Page;
import org.shopdb.core.internal.auth.UserAccount;
import org.shopdb.core.internal.rest.Actors;
import org.shopdb.core.internal.rest.DataEnvelope;
import org.shopdb.core.internal.rest.PathIds;
import org.shopdb.core.internal.rest.QueryParameters;
import org.shopdb.core.internal.rest.RequestBodies;
import org.shopdb.core.internal.rest.ShopdbApplication;
import org.shopdb.core.internal.user.UserAdministration;

/**
 * {@code /api/users}: list, detail, create, change role and active flag, reset the
 * password, delete. Admins only — the access policy says so before routing.
 */
@Component(service = UserResource.class)
@JaxrsResource
@JSONRequired
@JaxrsApplicationSelect(ShopdbApplication.SELECT)
@Path("users")
@Produces(MediaType.APPLICATION_JSON)
public class UserResource {

    private final UserAdministration users;

    @Activate
    public UserResource(@Reference UserAdministration users) {
        this.users = users;
    }

    @GET
    public DataEnvelope<List<UserJson>> list(@Context UriInfo uri) {
        QueryParameters parameters = new QueryParameters(uri.getQueryParameters());
        Page<UserAccount> page = users.list(parameters.page());
        return DataEnvelope.of(new Page<>(page.items().stream().map(UserJson::of).toList(), page.page(), page.perPage(), page.total()));
    }

    @GET
    @Path("{id}")
    public DataEnvelope<UserJson> get(@PathParam("id") String id) {
        return DataEnvelope.of(UserJson.of(users.require(userId(id))));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(NewUserBody body, @Context SecurityContext security, @Context UriInfo uri) {
        UserAccount created = users.create(Actors.of(security), RequestBodies.required(body).toNewUser());
        URI location = uri.getAbsolutePathBuilder().path(String.valueOf(created.userId())).build();
        return Response.created(location).entity(DataEnvelope.of(UserJson.of(created))).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public DataEnvelope<UserJson> update(@PathParam("id") String id, UserUpdateBody body, @Context SecurityContext security) {
        return DataEnvelope.of(UserJson.of(users.update(Actors.of(security), userId(id), RequestBodies.required(body).toChange())));
    }

    @PUT
    @Path("{id}/password")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response resetPassword(@PathParam("id") String id, PasswordBody body, @Context SecurityContext security) {
        users.resetPassword(Actors.of(security), userId(id), RequestBodies.required(body).password());
        return Response.noContent().build();
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") String id, @Context SecurityContext security) {
        users.delete(Actors.of(security), userId(id));
        return Response.noContent().build();
    }

    private static long userId(String raw) {
        return PathIds.parse(raw, UserAdministration.ENTITY_TYPE);
    }
}
