/** Global search over assets, their addresses and (later) plugin-contributed fields. */
@Export
@Version("1.0.0")
package org.shopdb.api.search;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
