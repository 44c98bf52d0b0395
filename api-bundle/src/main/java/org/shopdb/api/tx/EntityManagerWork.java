package org.shopdb.api.tx;

import javax.persistence.EntityManager;

import org.osgi.annotation.versioning.ConsumerType;

/** Work done with an entity manager joined to the current {@link UnitOfWork} transaction. */
@ConsumerType
@FunctionalInterface
public interface EntityManagerWork<T> {
    T apply(EntityManager entityManager) throws Exception;
}
