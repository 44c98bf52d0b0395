package org.shopdb.core.internal.rest;

import java.util.List;

import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.shopdb.api.error.FieldError;

/** The error envelope: {@code {"error": {"code": …, "message": …, "details": […]}}}. */
public record ApiError(Body error) {

    /** @param current for a stale write, the entity as it is now */
    public record Body(String code, String message, List<FieldError> details, Object current) {
    }

    public static Response response(int status, String code, String message, List<FieldError> details) {
        return response(status, code, message, details, null);
    }

    public static Response response(int status, String code, String message, List<FieldError> details, Object current) {
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ApiError(new Body(code, message, details == null || details.isEmpty() ? null : details, current)))
                .build();
    }
}
