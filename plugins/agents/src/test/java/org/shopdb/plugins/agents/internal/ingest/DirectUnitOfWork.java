package org.shopdb.plugins.agents.internal.ingest;

import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;

import org.shopdb.api.tx.EntityManagerWork;
import org.shopdb.api.tx.TransactionFailedException;
import org.shopdb.api.tx.TransactionalWork;
import org.shopdb.api.tx.UnitOfWork;

/** Outside the container: each entity-manager block is its own transaction, which is all the repository tests need. */
final class DirectUnitOfWork implements UnitOfWork {

    @Override
    public <T> T required(TransactionalWork<T> work) {
        try {
            return work.run();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new TransactionFailedException(e.getMessage(), e);
        }
    }

    @Override
    public <T> T withEntityManager(EntityManagerFactory factory, EntityManagerWork<T> work) {
        EntityManager em = factory.createEntityManager();
        try {
            em.getTransaction().begin();
            T result = work.apply(em);
            em.getTransaction().commit();
            return result;
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new TransactionFailedException(e.getMessage(), e);
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    @Override
    public boolean isActive() {
        return false;
    }
}
