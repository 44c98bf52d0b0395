package org.shopdb.plugins.applications.internal.rest;

import java.util.List;
import java.util.Map;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.shopdb.api.family.AssetFamilyResource;
import org.shopdb.api.family.FamilyItem;
import org.shopdb.api.paging.Page;
import org.shopdb.api.rest.Actors;
import org.shopdb.api.rest.DataEnvelope;
import org.shopdb.api.rest.PathIds;
import org.shopdb.api.rest.RequestBodies;
import org.shopdb.plugins.applications.internal.ApplicationFamily;
import org.shopdb.plugins.applications.internal.ApplicationFields;
import org.shopdb.plugins.applications.internal.ApplicationStore;
import org.shopdb.plugins.applications.internal.installations.Installation;
import org.shopdb.plugins.applications.internal.installations.Installations;
import org.shopdb.plugins.computers.api.ComputerDirectory;

/**
 * {@code /api/applications}: the catalog — list (filters {@code vendor}, {@code category},
 * {@code licence} besides the common ones), detail, create, replace, delete — and
 * {@code GET /api/applications/{id}/installations}: the computers running it, e.g.
 * {@code ?versionbelow=23.01} for those still below 23.01. Served by the plugin's own JAX-RS
 * application, which the core registers while the plugin is active.
 */
@Component(service = ApplicationResource.class)
@JaxrsResource
@JSONRequired
@JaxrsApplicationSelect("(osgi.jaxrs.name=shopdb.applications)")
@Path("")
public class ApplicationResource extends AssetFamilyResource<ApplicationFields> {

    private final ApplicationStore applications;
    private final Installations installations;
    private final ComputerDirectory computers;

    @Activate
    public ApplicationResource(@Reference ApplicationStore applications, @Reference Installations installations,
            @Reference ComputerDirectory computers) {
        super(applications.store());
        this.applications = applications;
        this.installations = installations;
        this.computers = computers;
    }

    /** A rename reaches the installations' search labels in the same transaction. */
    @Override
    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public DataEnvelope<Map<String, Object>> replace(@PathParam("id") String id, Map<String, Object> body, @Context SecurityContext security) {
        long applicationId = applicationId(id);
        return applications.unitOfWork().required(() -> {
            FamilyItem<ApplicationFields> replaced = store().replace(Actors.of(security), applicationId, RequestBodies.required(body));
            installations.relabel(applicationId, replaced.asset().name());
            return DataEnvelope.of(replaced.toJson());
        });
    }

    /** {@code GET /api/applications/{id}/installations}: the computers running the application, filtered and paged like the installations list. */
    @GET
    @Path("{id}/installations")
    public DataEnvelope<List<Map<String, Object>>> installations(@PathParam("id") String id, @Context UriInfo uri) {
        long applicationId = store().require(applicationId(id)).assetId();
        return InstallationResource.page(InstallationParameters.read(uri.getQueryParameters(), applicationId, computers), installations);
    }

    private static long applicationId(String id) {
        return PathIds.parse(id, ApplicationFamily.INSTANCE.entityName());
    }

    static DataEnvelope<List<Map<String, Object>>> envelope(Page<Installation> page) {
        return DataEnvelope.of(new Page<>(page.items().stream().map(Installation::toJson).toList(), page.page(), page.perPage(), page.total()));
    }
}
