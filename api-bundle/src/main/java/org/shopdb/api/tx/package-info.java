/**
 * Transactions that span bundles: the core's asset and audit writes and a plugin's own
 * rows commit or roll back together.
 */
@Export
@Version("1.0.0")
package org.shopdb.api.tx;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
