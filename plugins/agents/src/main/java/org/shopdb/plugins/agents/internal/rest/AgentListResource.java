package org.shopdb.plugins.agents.internal.rest;

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
import org.shopdb.api.paging.PageRequest;
import org.shopdb.api.rest.DataEnvelope;
import org.shopdb.api.rest.QueryParameters;
import org.shopdb.plugins.agents.internal.ingest.Agent;
import org.shopdb.plugins.agents.internal.ingest.AgentRepository;

/** {@code GET /api/agents}: the agents seen, the most recently heard from first, with their last result and error. */
@Component(service = AgentListResource.class)
@JaxrsResource
@JSONRequired
@JaxrsApplicationSelect(AgentsApplication.SELECT)
@Path("")
@Produces(MediaType.APPLICATION_JSON)
public class AgentListResource {

    private final AgentRepository agents;

    @Activate
    public AgentListResource(@Reference AgentRepository agents) {
        this.agents = agents;
    }

    @GET
    public DataEnvelope<List<Agent>> list(@Context UriInfo uri) {
        QueryParameters parameters = new QueryParameters(uri.getQueryParameters());
        PageRequest page = parameters.page();
        parameters.failOnErrors();
        return DataEnvelope.of(agents.list(page));
    }
}
