package org.shopdb.plugins.agents.internal.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;

import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;

import org.junit.jupiter.api.Test;
import org.shopdb.api.error.FieldError;
import org.shopdb.plugins.agents.internal.protocol.AgentRequestException;

class AgentErrorMapperTest {

    private final AgentErrorMapper mapper = new AgentErrorMapper();

    @Test
    void anInventoryThatCannotBeStoredNowIs503WithRetryAfter() {
        Response response = mapper.toResponse(AgentRequestException.unavailable("Inventories cannot be stored now: the collector computers is not there"));
        assertEquals(503, response.getStatus());
        assertEquals("5", response.getHeaderString(HttpHeaders.RETRY_AFTER));
        assertEquals(Map.of("error", Map.of("code", "unavailable", "message", "Inventories cannot be stored now: the collector computers is not there")),
                response.getEntity());
    }

    @Test
    void aRefusalTryingAgainWillNotCureHasNoRetryAfter() {
        Response response = mapper.toResponse(AgentRequestException.invalid("The inventory was refused: nothing was stored",
                List.of(new FieldError("content.hardware.memory", "string found, integer expected"))));
        assertEquals(422, response.getStatus());
        assertNull(response.getHeaderString(HttpHeaders.RETRY_AFTER));
    }
}
