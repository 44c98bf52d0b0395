package org.shopdb.core.internal.tx;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;

import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import javax.persistence.EntityTransaction;
import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.shopdb.api.tx.EntityManagerWork;
import org.shopdb.api.tx.TransactionFailedException;
import org.shopdb.api.tx.TransactionalWork;
import org.shopdb.api.tx.UnitOfWork;
import org.shopdb.core.internal.db.PooledDataSource;

/**
 * The data source every ShopDB persistence unit uses, and the {@link UnitOfWork} that
 * scopes transactions over it. Outside a unit of work it hands out pooled connections
 * as they are; inside one, every caller on the thread gets the transaction's connection,
 * so entities of any number of bundles are written, and committed or rolled back, together.
 */
@Component(service = {DataSource.class, UnitOfWork.class},
        property = {"osgi.jndi.service.name=" + UnitOfWork.DATA_SOURCE_NAME, "dataSourceName=" + UnitOfWork.DATA_SOURCE_NAME})
public class TransactionalDataSource implements DataSource, UnitOfWork {

    private final DataSource pool;
    private final ThreadLocal<BoundTransaction> current = new ThreadLocal<>();

    @Activate
    public TransactionalDataSource(@Reference(target = "(osgi.jndi.service.name=" + PooledDataSource.POOL_NAME + ")") DataSource pool) {
        this.pool = pool;
    }

    @Override
    public <T> T required(TransactionalWork<T> work) {
        BoundTransaction joined = current.get();
        return joined != null ? runJoined(joined, work) : runOutermost(work);
    }

    @Override
    public <T> T withEntityManager(EntityManagerFactory factory, EntityManagerWork<T> work) {
        return required(() -> {
            EntityManager entityManager = factory.createEntityManager();
            EntityTransaction transaction = entityManager.getTransaction();
            try {
                transaction.begin();
                T result = work.apply(entityManager);
                // Flushes through the shared connection; the real commit is the outermost block's.
                transaction.commit();
                return result;
            } finally {
                if (transaction.isActive()) {
                    transaction.rollback();
                }
                entityManager.close();
            }
        });
    }

    @Override
    public boolean isActive() {
        return current.get() != null;
    }

    private <T> T runJoined(BoundTransaction transaction, TransactionalWork<T> work) {
        try {
            return work.run();
        } catch (RuntimeException e) {
            transaction.markRollbackOnly();
            throw e;
        } catch (Exception e) {
            transaction.markRollbackOnly();
            throw new TransactionFailedException("Transaction rolled back: " + e.getMessage(), e);
        }
    }

    private <T> T runOutermost(TransactionalWork<T> work) {
        Connection connection = begin();
        BoundTransaction transaction = new BoundTransaction(connection);
        current.set(transaction);
        try {
            T result = work.run();
            if (transaction.isRollbackOnly()) {
                throw new TransactionFailedException("Transaction rolled back: a participant rolled back its part", null);
            }
            connection.commit();
            return result;
        } catch (RuntimeException e) {
            transaction.rollbackQuietly(e);
            throw e;
        } catch (Exception e) {
            transaction.rollbackQuietly(e);
            throw new TransactionFailedException("Transaction rolled back: " + e.getMessage(), e);
        } finally {
            current.remove();
            release(connection);
        }
    }

    private Connection begin() {
        try {
            Connection connection = pool.getConnection();
            connection.setAutoCommit(false);
            return connection;
        } catch (SQLException e) {
            throw new TransactionFailedException("Cannot begin a transaction: database unavailable (" + e.getMessage() + ")", e);
        }
    }

    private static void release(Connection connection) {
        try {
            connection.setAutoCommit(true);
        } catch (SQLException ignored) {
            // the pool resets or evicts it
        }
        try {
            connection.close();
        } catch (SQLException ignored) {
            // already gone; nothing left to release
        }
    }

    @Override
    public Connection getConnection() throws SQLException {
        BoundTransaction transaction = current.get();
        return transaction != null ? transaction.shared() : pool.getConnection();
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        // Credentials belong to the pool's configuration; participants share its connections.
        return getConnection();
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return pool.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        pool.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        pool.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return pool.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return pool.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        if (iface.isInstance(this)) {
            return iface.cast(this);
        }
        return pool.unwrap(iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) throws SQLException {
        return iface.isInstance(this) || pool.isWrapperFor(iface);
    }
}
