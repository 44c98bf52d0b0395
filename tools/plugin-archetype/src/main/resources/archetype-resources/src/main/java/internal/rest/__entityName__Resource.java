package ${package}.internal.rest;

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
import org.shopdb.api.asset.AssetQuery;
import org.shopdb.api.rest.Actors;
import org.shopdb.api.rest.DataEnvelope;
import org.shopdb.api.rest.PathIds;
import org.shopdb.api.rest.QueryParameters;
import org.shopdb.api.rest.RequestBodies;
import ${package}.internal.${entityName};
import ${package}.internal.${entityName}AssetType;
import ${package}.internal.${entityName}Service;

/**
 * {@code /api/${pluginName}}: list (the asset list's filters, paging and sort), detail, create,
 * replace, delete. Served in the plugin's own JAX-RS application {@code shopdb.${pluginName}}, which the
 * core registers while the plugin runs, with its authentication (viewers read, editors write),
 * JSON provider and error envelope.
 */
@Component(service = ${entityName}Resource.class)
@JaxrsResource
@JSONRequired
@JaxrsApplicationSelect("(osgi.jaxrs.name=shopdb.${pluginName})")
@Path("")
@Produces(MediaType.APPLICATION_JSON)
public class ${entityName}Resource {

    private final ${entityName}Service service;

    @Activate
    public ${entityName}Resource(@Reference ${entityName}Service service) {
        this.service = service;
    }

    /** {@code ?status=&locationid=&businessunitid=&isactive=&q=&page=&per_page=&sort=} */
    @GET
    public DataEnvelope<List<${entityName}>> list(@Context UriInfo uri) {
        QueryParameters query = new QueryParameters(uri.getQueryParameters());
        AssetQuery filters = new AssetQuery(${entityName}AssetType.CODE, query.text("status"), query.id("locationid"),
                query.id("businessunitid"), query.bool("isactive"), query.text("q"), query.page());
        return DataEnvelope.of(service.list(filters));
    }

    @GET
    @Path("{id}")
    public DataEnvelope<${entityName}> get(@PathParam("id") String id) {
        return DataEnvelope.of(service.require(PathIds.parse(id, ${entityName}AssetType.NAME)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(${entityName}Body body, @Context SecurityContext security, @Context UriInfo uri) {
        ${entityName}Body required = RequestBodies.required(body);
        ${entityName} created = service.create(Actors.of(security), required.common(), required.fields());
        URI location = uri.getAbsolutePathBuilder().path(String.valueOf(created.assetId())).build();
        return Response.created(location).entity(DataEnvelope.of(created)).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public DataEnvelope<${entityName}> replace(@PathParam("id") String id, ${entityName}Body body, @Context SecurityContext security) {
        ${entityName}Body required = RequestBodies.required(body);
        return DataEnvelope.of(service.update(Actors.of(security), PathIds.parse(id, ${entityName}AssetType.NAME),
                required.requiredVersion(), required.common(), required.fields()));
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") String id, @Context SecurityContext security) {
        service.delete(Actors.of(security), PathIds.parse(id, ${entityName}AssetType.NAME));
        return Response.noContent().build();
    }
}
