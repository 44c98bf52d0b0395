package org.shopdb.api.family;

import java.util.Collection;
import java.util.Map;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A plugin's table as the core's {@link FamilyStore} reads and writes it, in the caller's
 * {@link org.shopdb.api.tx.UnitOfWork}. {@link JpaFamilyRows} implements it for a JPA entity.
 */
@ConsumerType
public interface FamilyRows<F extends Record & FamilyFields> {

    /** The rows of these assets that have one, by asset id. */
    Map<Long, StoredRow<F>> findAll(Collection<Long> assetIds);

    void insert(long assetId, F fields);

    /**
     * Replaces the values of a row read at {@code readVersion}, growing its version.
     *
     * @throws javax.persistence.OptimisticLockException when the row changed since
     */
    void update(long assetId, F fields, long readVersion);

    /**
     * A plugin row as read.
     *
     * @param version the row's optimistic-lock version
     */
    record StoredRow<F>(long assetId, F fields, long version) {
    }
}
