/** Reference data: asset statuses, business units and the location hierarchy. */
@Export
@Version("1.0.0")
package org.shopdb.api.reference;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
