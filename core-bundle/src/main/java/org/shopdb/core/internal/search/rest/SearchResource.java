package org.shopdb.core.internal.search.rest;

import java.util.List;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.UriInfo;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.shopdb.api.search.SearchHit;
import org.shopdb.api.search.SearchService;
import org.shopdb.core.internal.rest.DataEnvelope;
import org.shopdb.core.internal.rest.QueryParameters;
import org.shopdb.core.internal.rest.ShopdbApplication;

/** {@code GET /api/search?q=…}: assets by number, name, serial, IP, MAC or hostname, best matches first. */
@Component(service = SearchResource.class)
@JaxrsResource
@JSONRequired
@JaxrsApplicationSelect(ShopdbApplication.SELECT)
@Path("search")
@Produces(MediaType.APPLICATION_JSON)
public class SearchResource {

    private final SearchService search;

    @Activate
    public SearchResource(@Reference SearchService search) {
        this.search = search;
    }

    @GET
    public DataEnvelope<List<SearchHit>> search(@Context UriInfo uri) {
        QueryParameters parameters = new QueryParameters(uri.getQueryParameters());
        return DataEnvelope.of(search.search(parameters.text("q"), parameters.page()));
    }
}
