package org.shopdb.api.rest;

import java.util.List;

import org.shopdb.api.error.FieldError;
import org.shopdb.api.error.InvalidRequestException;

/** Request bodies that must be there: JAX-RS hands a resource {@code null} for an empty body. */
public final class RequestBodies {

    private RequestBodies() {
    }

    /** @throws InvalidRequestException (400) when the body is missing */
    public static <T> T required(T body) {
        if (body == null) {
            throw new InvalidRequestException(List.of(new FieldError("body", "a JSON object is required")));
        }
        return body;
    }
}
