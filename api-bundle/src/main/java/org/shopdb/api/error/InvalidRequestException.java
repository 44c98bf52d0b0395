package org.shopdb.api.error;

import java.util.List;

/**
 * The request itself is malformed — a query parameter of the wrong type, absurd paging —
 * as opposed to well-formed data that breaks a rule ({@link ValidationException}).
 */
public class InvalidRequestException extends ValidationException {

    private static final long serialVersionUID = 1L;

    public InvalidRequestException(List<FieldError> errors) {
        super(errors);
    }

    @Override
    public String code() {
        return "invalid_request";
    }
}
