package org.shopdb.itests.openapi.probe;

import java.util.List;
import java.util.Map;

import javax.ws.rs.Consumes;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.PATCH;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** {@code /openapi-probe/gauges}: routes with a regex template, a typed default, a header and PATCH, in the probe's application. */
@Component(service = GaugeResource.class)
@JaxrsResource
@JSONRequired
@JaxrsApplicationSelect("(osgi.jaxrs.name=" + GaugeApplication.NAME + ")")
@Path("gauges")
@Produces(MediaType.APPLICATION_JSON)
public class GaugeResource {

    @GET
    public Map<String, Object> list(@QueryParam("limit") @DefaultValue("10") int limit) {
        return Map.of("data", List.of(gauge(1)), "meta", Map.of("page", 1, "per_page", limit, "total", 1));
    }

    @GET
    @Path("{id: [0-9]+}")
    public Map<String, Object> get(@PathParam("id") long id, @HeaderParam("X-Probe-Trace") String trace) {
        return Map.of("data", gauge(id));
    }

    @PATCH
    @Path("{id: [0-9]+}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, Object> patch(@PathParam("id") long id, Map<String, Object> changes) {
        return Map.of("data", gauge(id));
    }

    private static Map<String, Object> gauge(long id) {
        return Map.of("gaugeid", id, "name", "Probe gauge " + id);
    }
}
