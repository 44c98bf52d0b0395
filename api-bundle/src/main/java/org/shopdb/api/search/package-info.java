/**
 * Global search over assets, their addresses and the search fields active plugins contribute,
 * and the index that keeps its "contains" rank fast ({@link org.shopdb.api.search.SearchIndex},
 * since 1.1.0).
 */
@Export
@Version("1.1.0")
package org.shopdb.api.search;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
