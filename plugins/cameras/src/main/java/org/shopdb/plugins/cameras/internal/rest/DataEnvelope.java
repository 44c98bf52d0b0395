package org.shopdb.plugins.cameras.internal.rest;

import java.util.List;

import org.shopdb.api.paging.Page;

import com.fasterxml.jackson.annotation.JsonProperty;

/** ShopDB's success envelope, {@code {"data": …}} and for lists {@code "meta"} with the paging (docs/API.md). */
public record DataEnvelope<T>(T data, Meta meta) {

    public record Meta(int page, @JsonProperty("per_page") int perPage, long total) {
    }

    public static <T> DataEnvelope<T> of(T data) {
        return new DataEnvelope<>(data, null);
    }

    public static <T> DataEnvelope<List<T>> of(Page<T> page) {
        return new DataEnvelope<>(page.items(), new Meta(page.page(), page.perPage(), page.total()));
    }
}
