package org.shopdb.core.internal.rest;

import java.util.List;

import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.shopdb.api.error.ConflictException;
import org.shopdb.api.error.InvalidRequestException;
import org.shopdb.api.error.NotFoundException;
import org.shopdb.api.error.FieldError;
import org.shopdb.api.error.ShopdbException;
import org.shopdb.api.error.StaleVersionException;
import org.shopdb.api.error.ValidationException;

/** Service failures to their HTTP status, with the stable code the exception names. */
@Component(service = ExceptionMapper.class)
@JaxrsExtension
@JaxrsApplicationSelect("(osgi.jaxrs.name=*)")
public class ShopdbExceptionMapper implements ExceptionMapper<ShopdbException> {

    @Override
    public Response toResponse(ShopdbException exception) {
        List<FieldError> details = exception instanceof ValidationException validation ? validation.errors() : List.of();
        Object current = exception instanceof StaleVersionException stale ? stale.current() : null;
        return ApiError.response(statusOf(exception), exception.code(), exception.getMessage(), details, current);
    }

    static int statusOf(ShopdbException exception) {
        if (exception instanceof NotFoundException) {
            return 404;
        }
        if (exception instanceof ConflictException) {
            return 409;
        }
        if (exception instanceof InvalidRequestException) {
            return 400;
        }
        if (exception instanceof ValidationException) {
            return 422;
        }
        return 400;
    }
}
