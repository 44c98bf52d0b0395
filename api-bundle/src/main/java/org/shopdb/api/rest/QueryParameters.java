package org.shopdb.api.rest;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.shopdb.api.error.FieldError;
import org.shopdb.api.error.InvalidRequestException;
import org.shopdb.api.paging.PageRequest;

/**
 * The query parameters of a request, read as text and converted here, so that a value of the
 * wrong type is a 400 naming the parameter (JAX-RS would answer a failed conversion of a
 * typed {@code @QueryParam} with a bare 404). Conversion errors are collected;
 * {@link #page()} and {@link #failOnErrors()} throw them all at once.
 */
public final class QueryParameters {

    private final Map<String, List<String>> raw;
    private final List<FieldError> errors = new ArrayList<>();

    /** @param raw the request's parameters, e.g. {@code uriInfo.getQueryParameters()} */
    public QueryParameters(Map<String, List<String>> raw) {
        this.raw = raw;
    }

    /** The trimmed value, or {@code null} when absent or blank. */
    public String text(String name) {
        List<String> values = raw.get(name);
        String value = values == null || values.isEmpty() ? null : values.get(0);
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** A whole number such as an id, or {@code null} when absent. */
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

    /** {@code true/false}, {@code 1/0} or {@code yes/no}, or {@code null} when absent. */
    public Boolean bool(String name) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true", "1", "yes" -> Boolean.TRUE;
            case "false", "0", "no" -> Boolean.FALSE;
            default -> {
                errors.add(new FieldError(name, "must be true or false, got '" + value + "'"));
                yield null;
            }
        };
    }

    /** An ISO-8601 instant such as {@code 2026-11-25T08:00:00Z}, or {@code null} when absent. */
    public Instant instant(String name) {
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

    /**
     * {@code page} (from 1), {@code per_page} (1 to {@value PageRequest#MAX_PER_PAGE}, default
     * {@value PageRequest#DEFAULT_PER_PAGE}) and {@code sort}.
     *
     * @throws InvalidRequestException with every conversion error so far, or an out-of-range page
     */
    public PageRequest page() {
        Long page = id("page");
        Long perPage = id("per_page");
        failOnErrors();
        return new PageRequest(saturated(page, 1), saturated(perPage, PageRequest.DEFAULT_PER_PAGE), text("sort"));
    }

    /** @throws InvalidRequestException with every conversion error so far, if any */
    public void failOnErrors() {
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(List.copyOf(errors));
        }
    }

    /** Saturates rather than wraps, so an absurd number stays out of range and {@link PageRequest} names it. */
    private static int saturated(Long value, int fallback) {
        if (value == null) {
            return fallback;
        }
        return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, value));
    }
}
