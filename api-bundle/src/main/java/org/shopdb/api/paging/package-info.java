/** Paged lists: what a caller asks for and what it gets back. */
@Export
@Version("1.0.0")
package org.shopdb.api.paging;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
