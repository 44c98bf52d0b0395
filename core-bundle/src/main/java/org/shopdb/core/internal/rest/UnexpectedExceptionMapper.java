package org.shopdb.core.internal.rest;

import java.util.List;
import java.util.UUID;

import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Anything else is an outage, contention or a bug. An unreachable database answers 503 with
 * {@code Retry-After}, logged in one line; so does a write that waited too long for a lock or lost
 * a deadlock (nothing was written, it may be sent again); a bug is logged in full under an incident id,
 * answered with that id only, never with a stack trace, SQL or class name.
 */
@Component(service = ExceptionMapper.class)
@JaxrsExtension
@JaxrsApplicationSelect("(osgi.jaxrs.name=*)")
public class UnexpectedExceptionMapper implements ExceptionMapper<RuntimeException> {

    private static final Logger LOG = LoggerFactory.getLogger(UnexpectedExceptionMapper.class);
    static final int RETRY_AFTER_SECONDS = 5;

    @Override
    public Response toResponse(RuntimeException exception) {
        if (DatabaseOutages.isOutage(exception)) {
            LOG.warn("Request failed: database unreachable ({})", exception.getMessage());
            Response unavailable = ApiError.response(503, "database_unavailable",
                    "The database is unreachable; try again shortly", List.of());
            return Response.fromResponse(unavailable).header("Retry-After", RETRY_AFTER_SECONDS).build();
        }
        if (DatabaseContention.isContention(exception)) {
            LOG.warn("Request failed: database busy ({})", exception.getMessage());
            Response busy = ApiError.response(503, "database_busy",
                    "The database is busy (a lock was held too long); nothing was written, try again shortly", List.of());
            return Response.fromResponse(busy).header("Retry-After", RETRY_AFTER_SECONDS).build();
        }
        String incident = UUID.randomUUID().toString();
        LOG.error("Request failed, incident {}", incident, exception);
        return ApiError.response(500, "internal_error", "Internal error; incident " + incident + " is in the server log", List.of());
    }
}
