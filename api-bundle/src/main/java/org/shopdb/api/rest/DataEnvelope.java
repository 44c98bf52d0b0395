package org.shopdb.api.rest;

import java.util.List;

import org.shopdb.api.paging.Page;

/**
 * The success envelope of the HTTP API: {@code {"data": …}}, and for a page of a list also
 * {@code "meta": {"page", "per_page", "total"}}. The core's JSON provider leaves out the
 * {@code null} meta of a single item.
 */
public record DataEnvelope<T>(T data, Meta meta) {

    /**
     * Where a page sits in its list.
     *
     * @param per_page named as on the wire, so the envelope serialises the same with any JSON mapper
     */
    public record Meta(int page, int per_page, long total) {
    }

    public static <T> DataEnvelope<T> of(T data) {
        return new DataEnvelope<>(data, null);
    }

    public static <T> DataEnvelope<List<T>> of(Page<T> page) {
        return new DataEnvelope<>(page.items(), new Meta(page.page(), page.perPage(), page.total()));
    }
}
