/**
 * The schema-migration contract: a bundle declares a Liquibase changelog with the
 * {@value org.shopdb.api.schema.SchemaReady#CHANGELOG_HEADER} manifest header; the core
 * applies it when the bundle starts and then registers a {@link org.shopdb.api.schema.SchemaReady}
 * service for that bundle, which the bundle's database components reference.
 */
@Export
@Version("1.0.0")
package org.shopdb.api.schema;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
