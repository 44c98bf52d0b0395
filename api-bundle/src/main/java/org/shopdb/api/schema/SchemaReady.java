package org.shopdb.api.schema;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Registered by the core, on behalf of a bundle, once that bundle's changelog has been
 * applied. It disappears when the bundle stops. Components that touch the bundle's
 * tables reference it so that they only go live on a migrated schema:
 *
 * <pre>
 * &#64;Reference(target = "(" + SchemaReady.OWNER + "=org.shopdb.plugin.cameras)")
 * SchemaReady schema;
 * </pre>
 */
@ProviderType
public interface SchemaReady {

    /** Manifest header naming the bundle's Liquibase changelog resource, e.g. {@code db/changelog.xml}. */
    String CHANGELOG_HEADER = "ShopDB-Changelog";

    /** Service property: symbolic name of the bundle whose schema is ready. */
    String OWNER = "shopdb.schema.owner";

    /** Service property: version of the bundle whose changelog was applied. */
    String OWNER_VERSION = "shopdb.schema.owner.version";

    /** Symbolic name of the bundle whose changelog was applied. */
    String owner();

    /** Number of changesets this bundle's changelog holds, all applied. */
    int appliedChangeSets();
}
