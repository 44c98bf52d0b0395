package org.shopdb.api.search;

import org.osgi.annotation.versioning.ProviderType;
import org.shopdb.api.paging.Page;
import org.shopdb.api.paging.PageRequest;

/**
 * Finds assets by asset number, name, serial number and network address. Exact matches
 * (asset number, IP, MAC, hostname) rank first, then prefix matches, then names and
 * serial numbers that merely contain the text. Active plugins' search fields are searched in
 * the same three ranks, after the core's fields, heaviest first.
 */
@ProviderType
public interface SearchService {

    /** Most candidates considered per query; {@link Page#total()} never exceeds it. */
    int MAX_CANDIDATES = 1000;

    /** @throws org.shopdb.api.error.InvalidRequestException for a blank query or one over 100 characters */
    Page<SearchHit> search(String text, PageRequest page);
}
