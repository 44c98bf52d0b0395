package org.shopdb.api.tx;

import javax.persistence.EntityManagerFactory;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Scopes database work of any number of bundles into one transaction on one connection.
 *
 * <p>Every persistence unit that names the core's transactional data source
 * ({@code osgi.jndi.service.name=shopdb}) takes part: within {@link #required}, each
 * entity manager writes through the same JDBC connection, and only the outermost
 * {@code required} commits. An exception escaping the outermost block rolls everything
 * back, whichever bundle wrote it.
 *
 * <p>The transaction is bound to the calling thread; work handed to another thread does
 * not take part in it.
 */
@ProviderType
public interface UnitOfWork {

    /** JNDI service name of the transactional data source persistence units must use. */
    String DATA_SOURCE_NAME = "shopdb";

    /**
     * Runs {@code work} in the current transaction, or in a new one when none is active.
     *
     * @throws TransactionFailedException when the work throws a checked exception or the
     *         commit fails; runtime exceptions thrown by the work propagate unchanged
     */
    <T> T required(TransactionalWork<T> work);

    /**
     * Runs {@code work} with an entity manager of {@code factory} that writes through the
     * current transaction (starting one when none is active). Changes are flushed when
     * the work returns; the entity manager is closed afterwards.
     */
    <T> T withEntityManager(EntityManagerFactory factory, EntityManagerWork<T> work);

    /** Whether the calling thread is inside {@link #required}. */
    boolean isActive();
}
