/**
 * Collector ingestion for code inside the container: a bundle hands records to another
 * plugin's {@link org.shopdb.api.plugin.Collector} with the same checks as
 * {@code POST /api/collector/{name}}, inside its own {@link org.shopdb.api.tx.UnitOfWork}
 * transaction. The inventory agents plugin feeds the computers and applications collectors
 * this way, so that a computer and its software commit together or not at all.
 */
@Export
@Version("1.0.0")
package org.shopdb.api.collector;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
