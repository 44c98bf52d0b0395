/** Structural validation of OpenAPI documents for the integration tests. */
@Export
@Version("1.0.0")
package org.shopdb.itests.openapi.validation;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
