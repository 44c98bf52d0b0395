package org.shopdb.core.internal.rest;

import java.util.List;

import org.shopdb.api.error.FieldError;
import org.shopdb.api.error.InvalidRequestException;

/** Request bodies that must be there. */
public final class RequestBodies {

    private RequestBodies() {
    }

    public static <T> T required(T body) {
        if (body == null) {
            throw new InvalidRequestException(List.of(new FieldError("body", "a JSON object is required")));
        }
        return body;
    }
}
