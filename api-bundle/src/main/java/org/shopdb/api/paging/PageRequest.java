package org.shopdb.api.paging;

import java.util.ArrayList;
import java.util.List;

import org.shopdb.api.error.FieldError;
import org.shopdb.api.error.InvalidRequestException;

/**
 * Which page of a list, how large, in what order.
 *
 * @param page    1-based page number
 * @param perPage items per page, 1 to {@value #MAX_PER_PAGE}
 * @param sort    a sortable field name, {@code -} in front for descending; {@code null} for the default order
 */
public record PageRequest(int page, int perPage, String sort) {

    public static final int DEFAULT_PER_PAGE = 50;
    public static final int MAX_PER_PAGE = 500;

    public PageRequest {
        List<FieldError> errors = new ArrayList<>();
        if (page < 1) {
            errors.add(new FieldError("page", "must be 1 or more"));
        }
        if (perPage < 1 || perPage > MAX_PER_PAGE) {
            errors.add(new FieldError("per_page", "must be between 1 and " + MAX_PER_PAGE));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
    }

    public int offset() {
        return (page - 1) * perPage;
    }

    public boolean descending() {
        return sort != null && sort.startsWith("-");
    }

    /** The sort field without its direction prefix, or {@code null}. */
    public String sortField() {
        return sort == null || sort.isBlank() ? null : (descending() ? sort.substring(1) : sort);
    }
}
