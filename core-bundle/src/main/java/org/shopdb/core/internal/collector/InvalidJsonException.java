package org.shopdb.core.internal.collector;

import java.util.List;

import org.shopdb.api.error.FieldError;
import org.shopdb.api.error.InvalidRequestException;

/** The body is not JSON, or not of a shape a collector takes: 400 {@code invalid_json}, as for any other body. */
public final class InvalidJsonException extends InvalidRequestException {

    private static final long serialVersionUID = 1L;

    public InvalidJsonException(String message) {
        super(List.of(new FieldError("body", message)));
    }

    @Override
    public String code() {
        return "invalid_json";
    }
}
