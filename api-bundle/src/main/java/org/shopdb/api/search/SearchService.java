package org.shopdb.api.search;

import org.osgi.annotation.versioning.ProviderType;
import org.shopdb.api.paging.Page;
import org.shopdb.api.paging.PageRequest;

/**
 * Finds assets by asset number, name, serial number and network address. Exact matches
 * (asset number, IP, MAC, hostname) rank first, then prefix matches, then values that merely
 * contain the text (from {@link #MIN_CONTAINS_LENGTH} characters on, answered from the
 * {@link SearchIndex}). Active plugins' search fields are searched in the same three ranks,
 * after the core's fields, heaviest first.
 */
@ProviderType
public interface SearchService {

    /** Most candidates considered per query; {@link Page#total()} never exceeds it. */
    int MAX_CANDIDATES = 1000;

    /** Shortest text the third rank ("contains") looks for; shorter texts are matched exactly and as a prefix only. */
    int MIN_CONTAINS_LENGTH = 3;

    /** @throws org.shopdb.api.error.InvalidRequestException for a blank query or one over 100 characters */
    Page<SearchHit> search(String text, PageRequest page);
}
