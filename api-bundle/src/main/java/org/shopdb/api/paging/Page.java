package org.shopdb.api.paging;

import java.util.List;

/** One page of a list and the size of the whole list. */
public record Page<T>(List<T> items, int page, int perPage, long total) {

    public Page {
        items = List.copyOf(items);
    }
}
