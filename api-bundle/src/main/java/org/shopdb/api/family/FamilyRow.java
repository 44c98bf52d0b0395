package org.shopdb.api.family;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A row of a plugin's table as its JPA entity: keyed by {@code assetid} (the id attribute named
 * {@code assetId}, which {@link JpaFamilyRows} queries by), with a
 * {@code @Version} column and the plugin's columns as a {@link FamilyFields} record.
 */
@ConsumerType
public interface FamilyRow<F extends Record & FamilyFields> {

    long assetId();

    long version();

    F fields();

    /** Takes every value of {@code fields}. */
    void apply(F fields);
}
