package org.shopdb.core.internal.rest;

import java.util.List;
import java.util.Locale;

import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;

/**
 * JAX-RS's own failures (no such route, wrong method, unsupported media type, …) in the
 * error envelope, with a code derived from the status: {@code not_found},
 * {@code method_not_allowed}, ….
 */
@Component(service = ExceptionMapper.class)
@JaxrsExtension
@JaxrsApplicationSelect("(osgi.jaxrs.name=*)")
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException exception) {
        Response.StatusType status = exception.getResponse().getStatusInfo();
        String code = status.getReasonPhrase().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
        String message = status.getStatusCode() == 404 ? "No such resource" : status.getReasonPhrase();
        Response mapped = ApiError.response(status.getStatusCode(), code, message, List.of());
        exception.getResponse().getHeaders().forEach((name, values) -> {
            if ("Allow".equalsIgnoreCase(name)) {
                values.forEach(value -> mapped.getHeaders().add(name, value));
            }
        });
        return mapped;
    }
}
