package org.shopdb.plugins.cameras.internal.rest;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import javax.ws.rs.core.MultivaluedMap;

import org.shopdb.api.error.FieldError;
import org.shopdb.api.error.InvalidRequestException;
import org.shopdb.api.paging.PageRequest;

/**
 * Query parameters of a list, read as text and converted here, so that a wrong type is a 400
 * naming the parameter; paging follows {@code /api/assets} ({@link PageRequest}).
 */
final class ListParameters {

    private final MultivaluedMap<String, String> raw;
    private final List<FieldError> errors = new ArrayList<>();

    ListParameters(MultivaluedMap<String, String> raw) {
        this.raw = raw;
    }

    String text(String name) {
        String value = raw.getFirst(name);
        return value == null || value.isBlank() ? null : value.trim();
    }

    Long id(String name) {
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

    /** An ISO-8601 instant such as {@code 2026-11-25T08:00:00Z}. */
    Instant instant(String name) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(name, "must be an ISO-8601 time such as 2026-11-25T08:00:00Z, got '" + value + "'"));
            return null;
        }
    }

    /** {@code page}, {@code per_page} and {@code sort}, bounded. */
    PageRequest page() {
        Long page = id("page");
        Long perPage = id("per_page");
        failOnErrors();
        return new PageRequest(toInt(page, 1), toInt(perPage, PageRequest.DEFAULT_PER_PAGE), text("sort"));
    }

    void failOnErrors() {
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(List.copyOf(errors));
        }
    }

    /** Saturates rather than wraps, so an absurd number stays out of range and {@link PageRequest} names it. */
    private static int toInt(Long value, int fallback) {
        if (value == null) {
            return fallback;
        }
        return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, value));
    }
}
