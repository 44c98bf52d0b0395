package org.shopdb.itests.probe.internal;

import java.util.List;
import java.util.Map;

import javax.persistence.EntityManagerFactory;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.shopdb.api.error.NotFoundException;
import org.shopdb.api.schema.SchemaReady;
import org.shopdb.api.tx.UnitOfWork;

/** {@code GET /api/probe} and {@code GET /api/probe/{assetid}}, in the plugin's own application. */
@Component(service = ProbeResource.class)
@JaxrsResource
@JSONRequired
@JaxrsApplicationSelect("(osgi.jaxrs.name=shopdb.probe)")
@Path("")
@Produces(MediaType.APPLICATION_JSON)
public class ProbeResource {

    /** One probe row as the API shows it. */
    public record ProbeJson(long assetid, String probevalue) {
    }

    private final EntityManagerFactory entityManagers;
    private final UnitOfWork unitOfWork;

    @Activate
    public ProbeResource(@Reference(target = "(osgi.unit.name=shopdb-itest-probe)") EntityManagerFactory entityManagers,
            @Reference UnitOfWork unitOfWork,
            @Reference(target = "(" + SchemaReady.OWNER + "=org.shopdb.itests.probe)") SchemaReady schema) {
        this.entityManagers = entityManagers;
        this.unitOfWork = unitOfWork;
    }

    @GET
    public Map<String, List<ProbeJson>> list() {
        return Map.of("data", unitOfWork.withEntityManager(entityManagers, em -> em
                .createQuery("select p from ProbeEntity p order by p.assetId", ProbeEntity.class).getResultList().stream()
                .map(ProbeResource::json).toList()));
    }

    @GET
    @Path("{assetid}")
    public Map<String, ProbeJson> one(@PathParam("assetid") String assetId) {
        ProbeEntity found = null;
        if (assetId.matches("[0-9]{1,18}")) {
            found = unitOfWork.withEntityManager(entityManagers, em -> em.find(ProbeEntity.class, Long.valueOf(assetId)));
        }
        if (found == null) {
            throw new NotFoundException("Probe", assetId);
        }
        return Map.of("data", json(found));
    }

    private static ProbeJson json(ProbeEntity entity) {
        return new ProbeJson(entity.assetId(), entity.value());
    }
}
