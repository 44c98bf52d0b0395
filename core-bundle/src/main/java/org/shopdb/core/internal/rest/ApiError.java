package org.shopdb.core.internal.rest;

import java.util.List;

import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.shopdb.api.error.FieldError;

/** The error envelope: {@code {"error": {"code": …, "message": …, "details": […]}}}. */
public record ApiError(Body error) {

    public record Body(String code, String message, List<FieldError> details) {
    }

    public static Response response(int status, String code, String message, List<FieldError> details) {
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ApiError(new Body(code, message, details == null || details.isEmpty() ? null : details)))
                .build();
    }
}
