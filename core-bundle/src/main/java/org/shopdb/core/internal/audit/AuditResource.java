package org.shopdb.core.internal.audit;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

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
import org.shopdb.api.audit.AuditAction;
import org.shopdb.api.audit.AuditEntry;
import org.shopdb.api.audit.AuditQuery;
import org.shopdb.api.audit.AuditService;
import org.shopdb.api.error.FieldError;
import org.shopdb.api.error.InvalidRequestException;
import org.shopdb.core.internal.rest.DataEnvelope;
import org.shopdb.core.internal.rest.QueryParameters;
import org.shopdb.core.internal.rest.ShopdbApplication;

/**
 * {@code GET /api/audit}: the audit trail, newest first, filtered by entity
 * ({@code entitytype}, {@code entityid}), {@code actor}, {@code action} and time range
 * ({@code from} inclusive, {@code to} exclusive, ISO-8601 instants), paged.
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
    public DataEnvelope<List<AuditEntry>> list(@Context UriInfo uri) {
        QueryParameters parameters = new QueryParameters(uri.getQueryParameters());
        AuditQuery query = new AuditQuery(parameters.text("entitytype"), parameters.text("entityid"), parameters.text("actor"),
                action(parameters.text("action")), instant("from", parameters.text("from")), instant("to", parameters.text("to")),
                parameters.page());
        return DataEnvelope.of(audit.list(query));
    }

    private static AuditAction action(String raw) {
        if (raw == null) {
            return null;
        }
        try {
            return AuditAction.valueOf(raw.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(List.of(new FieldError("action", "must be created, updated or deleted")));
        }
    }

    private static Instant instant(String field, String raw) {
        if (raw == null) {
            return null;
        }
        try {
            return Instant.parse(raw);
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException(List.of(new FieldError(field, "must be an ISO-8601 instant, e.g. 2026-11-25T08:00:00Z")));
        }
    }
}
