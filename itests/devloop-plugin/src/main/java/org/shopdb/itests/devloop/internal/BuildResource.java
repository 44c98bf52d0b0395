package org.shopdb.itests.devloop.internal;

import java.util.Map;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import org.osgi.framework.FrameworkUtil;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.shopdb.api.rest.DataEnvelope;

/** {@code GET /api/devloop}: which build of the bundle is serving (its {@value #BUILD_HEADER} header). */
@Component(service = BuildResource.class)
@JaxrsResource
@JSONRequired
@JaxrsApplicationSelect("(osgi.jaxrs.name=shopdb.devloop)")
@Path("")
@Produces(MediaType.APPLICATION_JSON)
public class BuildResource {

    static final String BUILD_HEADER = "ShopDB-Itest-Build";

    @GET
    public DataEnvelope<Map<String, String>> build() {
        return DataEnvelope.of(Map.of("build", FrameworkUtil.getBundle(BuildResource.class).getHeaders().get(BUILD_HEADER)));
    }
}
