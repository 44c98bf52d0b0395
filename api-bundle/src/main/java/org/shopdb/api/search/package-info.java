/** Global search over assets, their addresses and the search fields active plugins contribute. */
@Export
@Version("1.0.0")
package org.shopdb.api.search;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
