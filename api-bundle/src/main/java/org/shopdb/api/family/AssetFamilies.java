package org.shopdb.api.family;

import org.osgi.annotation.versioning.ProviderType;

/** The core's service for asset families: hands a plugin the {@link FamilyStore} of its family. */
@ProviderType
public interface AssetFamilies {

    /**
     * The store of {@code family}, whose plugin rows {@code rows} reads and writes. Call it once,
     * when the plugin's component activates (after its {@link org.shopdb.api.schema.SchemaReady}).
     *
     * @throws IllegalArgumentException when the family cannot be stored as described: its field
     *         schema unreadable, a table or column name not lower-case concatenated, a filter,
     *         sort or unique field not among the family's fields, a record component of an
     *         unsupported type — the message names the plugin and the fix
     */
    <F extends Record & FamilyFields> FamilyStore<F> store(AssetFamily<F> family, FamilyRows<F> rows);
}
