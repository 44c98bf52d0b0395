package org.shopdb.core.internal.tx;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * One transaction bound to one thread: the physical connection, and the view of it that
 * participants get. Participants may call {@code commit}, {@code close} or
 * {@code setAutoCommit} as they would on a connection of their own; only the owner of the
 * transaction ends it. A participant's {@code rollback} dooms the whole transaction.
 */
final class BoundTransaction {

    private final Connection physical;
    private final Connection shared;
    private boolean rollbackOnly;

    BoundTransaction(Connection physical) {
        this.physical = physical;
        this.shared = (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                new Class<?>[] {Connection.class}, new ParticipantView());
    }

    /** The connection handed to persistence units and other participants. */
    Connection shared() {
        return shared;
    }

    void markRollbackOnly() {
        rollbackOnly = true;
    }

    boolean isRollbackOnly() {
        return rollbackOnly;
    }

    private final class ParticipantView implements InvocationHandler {

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            switch (method.getName()) {
                case "close":
                case "commit":
                case "setAutoCommit":
                    return null;
                case "rollback":
                    if (args == null || args.length == 0) {
                        markRollbackOnly();
                        return null;
                    }
                    break;
                case "getAutoCommit":
                    return Boolean.FALSE;
                case "isClosed":
                    return physical.isClosed();
                case "equals":
                    return proxy == args[0];
                case "hashCode":
                    return System.identityHashCode(proxy);
                case "toString":
                    return "ShopDB transaction connection over " + physical;
                default:
                    break;
            }
            try {
                return method.invoke(physical, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }
    }

    void rollbackQuietly(Throwable cause) {
        try {
            physical.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }
}
