package org.shopdb.itests.devloop.added;

import java.util.Map;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.shopdb.api.rest.DataEnvelope;

/** {@code GET /api/devloop/added}: the route the developer added; only in the second build. */
@Component(service = AddedResource.class)
@JaxrsResource
@JSONRequired
@JaxrsApplicationSelect("(osgi.jaxrs.name=shopdb.devloop)")
@Path("added")
@Produces(MediaType.APPLICATION_JSON)
public class AddedResource {

    @GET
    public DataEnvelope<Map<String, String>> added() {
        return DataEnvelope.of(Map.of("route", "added"));
    }
}
