package org.shopdb.itests;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.util.tracker.ServiceTracker;

/** Looks inside the running container: services, bundles and the database behind the API. */
public final class InContainer {

    private static final long WAIT_MILLIS = TimeUnit.SECONDS.toMillis(60);

    private final BundleContext context;

    public InContainer(BundleContext context) {
        this.context = context;
    }

    /** The service, waiting up to 60 s for it; fails the test when none comes. */
    public <T> T await(Class<T> type, String filter) throws InterruptedException, InvalidSyntaxException {
        String objectClass = "(objectClass=" + type.getName() + ")";
        ServiceTracker<T, T> tracker = new ServiceTracker<>(context,
                FrameworkUtil.createFilter(filter == null ? objectClass : "(&" + objectClass + filter + ")"), null);
        tracker.open();
        try {
            T service = tracker.waitForService(WAIT_MILLIS);
            if (service == null) {
                throw new AssertionError("No " + type.getSimpleName() + (filter == null ? "" : " " + filter) + " within 60 s");
            }
            return service;
        } finally {
            tracker.close();
        }
    }

    public boolean isRegistered(String objectClass, String filter) throws InvalidSyntaxException {
        return context.getServiceReferences(objectClass, filter) != null;
    }

    /** The installed bundle of that symbolic name, or {@code null}. */
    public Bundle bundle(String symbolicName) {
        for (Bundle bundle : context.getBundles()) {
            if (symbolicName.equals(bundle.getSymbolicName())) {
                return bundle;
            }
        }
        return null;
    }

    /** The core's connection pool: the database as it is, outside any unit of work. */
    public DataSource pool() throws InterruptedException, InvalidSyntaxException {
        return await(DataSource.class, "(osgi.jndi.service.name=shopdb-pool)");
    }

    /** The first column of the first row of {@code sql}, a count, read straight from the pool. */
    public long count(String sql) throws Exception {
        try (Connection connection = pool().getConnection();
                PreparedStatement statement = connection.prepareStatement(sql);
                ResultSet rs = statement.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new AssertionError("Query failed: " + sql + ": " + e.getMessage(), e);
        }
    }
}
