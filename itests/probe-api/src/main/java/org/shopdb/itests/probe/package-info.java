/** What the integration tests call on the probe plugin. */
@Export
@Version("1.0.0")
package org.shopdb.itests.probe;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
