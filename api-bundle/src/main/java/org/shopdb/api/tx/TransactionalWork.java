package org.shopdb.api.tx;

import org.osgi.annotation.versioning.ConsumerType;

/** A piece of work run inside a {@link UnitOfWork} transaction. */
@ConsumerType
@FunctionalInterface
public interface TransactionalWork<T> {
    T run() throws Exception;
}
