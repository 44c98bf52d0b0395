package org.shopdb.plugins.agents.internal.rest;

import java.util.LinkedHashMap;
import java.util.Map;

import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.shopdb.plugins.agents.internal.protocol.AgentRequestException;

/**
 * A refused agent request in ShopDB's error envelope ({@code {"error": {"code", "message", "details"}}}),
 * with the status the refusal names (400, 408, 413, 415, 422, 409, 503 with {@code Retry-After}).
 * Agents log the status line; people reading the body learn what was wrong, field by field.
 */
@Component(service = ExceptionMapper.class)
@JaxrsExtension
@JSONRequired
@JaxrsApplicationSelect(AgentsApplication.SELECT)
public class AgentErrorMapper implements ExceptionMapper<AgentRequestException> {

    @Override
    public Response toResponse(AgentRequestException refused) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("code", refused.code());
        error.put("message", refused.getMessage());
        if (!refused.details().isEmpty()) {
            error.put("details", refused.details());
        }
        Response.ResponseBuilder response = Response.status(refused.status()).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(Map.of("error", error));
        if (refused.retryAfterSeconds() > 0) {
            response.header(HttpHeaders.RETRY_AFTER, refused.retryAfterSeconds());
        }
        return response.build();
    }
}
