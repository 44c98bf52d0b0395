package org.shopdb.core.internal.audit;

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
import org.shopdb.api.audit.AuditEntry;
import org.shopdb.api.audit.AuditService;
import org.shopdb.api.error.FieldError;
import org.shopdb.api.error.InvalidRequestException;
import org.shopdb.core.internal.rest.DataEnvelope;
import org.shopdb.core.internal.rest.QueryParameters;
import org.shopdb.core.internal.rest.ShopdbApplication;

/**
 * {@code GET /api/audit?entitytype=Asset&entityid=42}: the changes of one entity, newest
 * first. (Filters by user, action and time range come with the full audit API.)
 */
@Component(service = AuditResource.class)
@JaxrsResource
@JSONRequired
@JaxrsApplicationSelect(ShopdbApplication.SELECT)
@Path("audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    private final AuditService audit;

    @Activate
    public AuditResource(@Reference AuditService audit) {
        this.audit = audit;
    }

    @GET
    public DataEnvelope<List<AuditEntry>> forEntity(@Context UriInfo uri) {
        QueryParameters parameters = new QueryParameters(uri.getQueryParameters());
        String entityType = parameters.text("entitytype");
        String entityId = parameters.text("entityid");
        if (entityType == null || entityId == null) {
            throw new InvalidRequestException(List.of(new FieldError(entityType == null ? "entitytype" : "entityid", "is required")));
        }
        return DataEnvelope.of(audit.forEntity(entityType, entityId));
    }
}
