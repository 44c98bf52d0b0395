package org.shopdb.core.internal.collector.rest;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
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
import org.shopdb.api.error.NotFoundException;
import org.shopdb.core.internal.collector.BodyTooLargeException;
import org.shopdb.core.internal.collector.BoundedBody;
import org.shopdb.core.internal.collector.CollectorBody;
import org.shopdb.core.internal.collector.CollectorIngestion;
import org.shopdb.core.internal.collector.CollectorRegistry;
import org.shopdb.core.internal.collector.CollectorSettings;
import org.shopdb.core.internal.collector.IngestMode;
import org.shopdb.core.internal.collector.RegisteredCollector;
import org.shopdb.core.internal.rest.Actors;
import org.shopdb.core.internal.rest.ApiError;
import org.shopdb.core.internal.rest.DataEnvelope;
import org.shopdb.core.internal.rest.QueryParameters;
import org.shopdb.core.internal.rest.ShopdbApplication;

import tools.jackson.databind.JsonNode;

/**
 * {@code POST /api/collector/{name}}: records pushed by scripts and agents, authenticated
 * by an API key (or a user who may write), validated against the collector's schema and
 * handed to the plugin. See docs/API.md "Collector ingestion".
 */
@Component(service = CollectorResource.class)
@JaxrsResource
@JSONRequired
@JaxrsApplicationSelect(ShopdbApplication.SELECT)
@Path("collector")
@Produces(MediaType.APPLICATION_JSON)
public class CollectorResource {

    private final CollectorRegistry collectors;
    private final CollectorIngestion ingestion;
    private final CollectorSettings settings;

    @Activate
    public CollectorResource(@Reference CollectorRegistry collectors, @Reference CollectorIngestion ingestion) {
        this(collectors, ingestion, CollectorSettings.resolve(System::getenv));
    }

    CollectorResource(CollectorRegistry collectors, CollectorIngestion ingestion, CollectorSettings settings) {
        this.collectors = collectors;
        this.ingestion = ingestion;
        this.settings = settings;
    }

    @POST
    @Path("{name}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response ingest(@PathParam("name") String name, InputStream body, @Context HttpHeaders headers, @Context UriInfo uri,
            @Context SecurityContext security) throws IOException {
        RegisteredCollector collector = collectors.find(name).orElseThrow(() -> new NotFoundException("Collector", name));
        if (!collector.usable()) {
            return ApiError.response(503, "unavailable", "Collector " + name + " cannot take records: its record schema is "
                    + "unusable (the server log says why)", List.of());
        }
        QueryParameters parameters = new QueryParameters(uri.getQueryParameters());
        IngestMode mode = IngestMode.of(parameters.text("mode"));
        byte[] bytes;
        try {
            if (headers.getLength() > settings.maxBodyBytes()) {
                throw new BodyTooLargeException(settings.maxBodyBytes());
            }
            bytes = BoundedBody.read(body, settings.maxBodyBytes());
        } catch (BodyTooLargeException tooLarge) {
            return ApiError.response(413, "payload_too_large", tooLarge.getMessage(), List.of());
        }
        List<JsonNode> records = CollectorBody.records(bytes);
        if (records.size() > settings.maxRecords()) {
            return ApiError.response(413, "too_many_records", "The batch has " + records.size() + " records, at most "
                    + settings.maxRecords() + " are taken (SHOPDB_COLLECTOR_MAX_RECORDS); send smaller batches", List.of());
        }
        return Response.ok(DataEnvelope.of(ingestion.ingest(collector, records, Actors.of(security), mode))).build();
    }
}
