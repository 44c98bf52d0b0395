package org.shopdb.api.family;

import java.net.URI;
import java.util.List;
import java.util.Map;

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

import org.shopdb.api.paging.Page;
import org.shopdb.api.rest.Actors;
import org.shopdb.api.rest.DataEnvelope;
import org.shopdb.api.rest.PathIds;
import org.shopdb.api.rest.QueryParameters;
import org.shopdb.api.rest.RequestBodies;

/**
 * The collection of a family as JAX-RS routes: {@code GET} (filters of {@link FamilyQuery#from}
 * and the family's own, paging, sort), {@code GET {id}}, {@code POST}, {@code PUT {id}} (with the
 * version read), {@code DELETE {id}}. A plugin's resource is a whiteboard component extending
 * it, selecting the plugin's application:
 *
 * <pre>
 * &#64;Component(service = CameraResource.class)
 * &#64;JaxrsResource &#64;JSONRequired &#64;JaxrsApplicationSelect("(osgi.jaxrs.name=shopdb.cameras)") &#64;Path("")
 * public class CameraResource extends AssetFamilyResource&lt;CameraFields&gt; {
 *     &#64;Activate
 *     public CameraResource(&#64;Reference CameraStore cameras) { super(cameras.store()); }
 * }
 * </pre>
 * Further routes of the plugin (child collections, actions) go into the subclass or resources
 * of their own.
 */
@Produces(MediaType.APPLICATION_JSON)
public abstract class AssetFamilyResource<F extends Record & FamilyFields> {

    private final FamilyStore<F> store;

    protected AssetFamilyResource(FamilyStore<F> store) {
        this.store = store;
    }

    @GET
    public DataEnvelope<List<Map<String, Object>>> list(@Context UriInfo uri) {
        FamilyQuery query = FamilyQuery.from(new QueryParameters(uri.getQueryParameters()), store.family().filters());
        Page<FamilyItem<F>> page = store.list(query);
        return DataEnvelope.of(new Page<>(page.items().stream().map(FamilyItem::toJson).toList(), page.page(), page.perPage(), page.total()));
    }

    @GET
    @Path("{id}")
    public DataEnvelope<Map<String, Object>> get(@PathParam("id") String id) {
        return DataEnvelope.of(store.require(idOf(id)).toJson());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(Map<String, Object> body, @Context SecurityContext security, @Context UriInfo uri) {
        FamilyItem<F> created = store.create(Actors.of(security), RequestBodies.required(body));
        URI location = uri.getAbsolutePathBuilder().path(String.valueOf(created.assetId())).build();
        return Response.created(location).entity(DataEnvelope.of(created.toJson())).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public DataEnvelope<Map<String, Object>> replace(@PathParam("id") String id, Map<String, Object> body, @Context SecurityContext security) {
        return DataEnvelope.of(store.replace(Actors.of(security), idOf(id), RequestBodies.required(body)).toJson());
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") String id, @Context SecurityContext security) {
        store.delete(Actors.of(security), idOf(id));
        return Response.noContent().build();
    }

    /** The store the routes serve, for the subclass's own routes. */
    protected FamilyStore<F> store() {
        return store;
    }

    private long idOf(String id) {
        return PathIds.parse(id, store.family().entityName());
    }
}
