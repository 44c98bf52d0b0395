/**
 * The audit trail: who changed what, when, field by field. Every write of the core and of
 * plugins is recorded through {@link org.shopdb.api.audit.AuditService}, in the same
 * transaction as the write itself.
 */
@Export
@Version("1.1.0")
package org.shopdb.api.audit;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
