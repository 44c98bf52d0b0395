package org.shopdb.core.internal.rest;

import java.io.IOException;

/**
 * A request body read past {@link RequestBodyLimit}. An {@link IOException}, so that JSON
 * parsing passes it on unwrapped to {@link BodyTooLargeExceptionMapper}.
 */
public class BodyTooLargeException extends IOException {

    private static final long serialVersionUID = 1L;

    private final long limit;

    BodyTooLargeException(long limit) {
        super("The request body is larger than the limit of " + limit + " bytes");
        this.limit = limit;
    }

    long limit() {
        return limit;
    }
}
