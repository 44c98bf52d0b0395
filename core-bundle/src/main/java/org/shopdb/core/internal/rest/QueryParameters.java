package org.shopdb.core.internal.rest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.ws.rs.core.MultivaluedMap;

import org.shopdb.api.error.FieldError;
import org.shopdb.api.error.InvalidRequestException;
import org.shopdb.api.paging.PageRequest;

/**
 * Reads query parameters as text and converts them here, so a wrong type is a 400 naming
 * the parameter (JAX-RS would answer a failed conversion with a bare 404).
 */
public final class QueryParameters {

    private final MultivaluedMap<String, String> raw;
    private final List<FieldError> errors = new ArrayList<>();

    public QueryParameters(MultivaluedMap<String, String> raw) {
        this.raw = raw;
    }

    public String text(String name) {
        String value = raw.getFirst(name);
        return value == null || value.isBlank() ? null : value.trim();
    }

    public Long id(String name) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        try {
            return Long.valueOf(value);
        } catch (NumberFormatException e) {
            errors.add(new FieldError(name, "must be a whole number, got '" + value + "'"));
            return null;
        }
    }

    public Boolean bool(String name) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        switch (value.toLowerCase(Locale.ROOT)) {
            case "true", "1", "yes":
                return Boolean.TRUE;
            case "false", "0", "no":
                return Boolean.FALSE;
            default:
                errors.add(new FieldError(name, "must be true or false, got '" + value + "'"));
                return null;
        }
    }

    public int integer(String name, int fallback) {
        String value = text(name);
        if (value == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            errors.add(new FieldError(name, "must be a whole number, got '" + value + "'"));
            return fallback;
        }
    }

    /** {@code page}, {@code per_page} and {@code sort}, bounded. */
    public PageRequest page() {
        int page = integer("page", 1);
        int perPage = integer("per_page", PageRequest.DEFAULT_PER_PAGE);
        String sort = text("sort");
        failOnErrors();
        return new PageRequest(page, perPage, sort);
    }

    /** Throws the collected conversion errors, if any, as one validation failure. */
    public void failOnErrors() {
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(List.copyOf(errors));
        }
    }
}
