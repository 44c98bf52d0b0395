/**
 * Failures every ShopDB service may report, each mapped by the HTTP API to one status and
 * one stable error code.
 */
@Export
@Version("1.0.0")
package org.shopdb.api.error;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
