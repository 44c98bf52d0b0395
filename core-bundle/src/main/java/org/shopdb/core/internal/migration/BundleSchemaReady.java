package org.shopdb.core.internal.migration;

import org.shopdb.api.schema.SchemaReady;

/** The {@link SchemaReady} service registered on behalf of a migrated bundle. */
record BundleSchemaReady(String owner, int appliedChangeSets) implements SchemaReady {
}
