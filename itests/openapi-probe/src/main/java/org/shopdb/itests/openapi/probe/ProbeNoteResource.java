package org.shopdb.itests.openapi.probe;

import java.util.List;
import java.util.Map;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** {@code /api/openapi-probe-notes}: a plugin route in the core's application. */
@Component(service = ProbeNoteResource.class)
@JaxrsResource
@JSONRequired
@JaxrsApplicationSelect("(osgi.jaxrs.name=shopdb)")
@Path("openapi-probe-notes")
@Produces(MediaType.APPLICATION_JSON)
public class ProbeNoteResource {

    @GET
    public Map<String, Object> list() {
        return Map.of("data", List.of("a note"));
    }
}
