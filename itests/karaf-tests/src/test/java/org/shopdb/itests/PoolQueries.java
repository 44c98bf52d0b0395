package org.shopdb.itests;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/** Asks the container's database directly, through ShopDB's pool, what a test cannot see over HTTP. */
public final class PoolQueries {

    private final BundleContext context;

    public PoolQueries(BundleContext context) {
        this.context = context;
    }

    /** The number a {@code select count(*) ...} answers. */
    public long count(String sql, Object... parameters) throws Exception {
        try (Connection connection = pool().getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new AssertionError("Query failed: " + sql + ": " + e.getMessage(), e);
        }
    }

    private DataSource pool() throws Exception {
        ServiceTracker<DataSource, DataSource> tracker = new ServiceTracker<>(context,
                FrameworkUtil.createFilter("(&(objectClass=" + DataSource.class.getName() + ")(osgi.jndi.service.name=shopdb-pool))"), null);
        tracker.open();
        try {
            DataSource pool = tracker.waitForService(TimeUnit.SECONDS.toMillis(60));
            if (pool == null) {
                throw new AssertionError("No shopdb-pool data source within 60 s");
            }
            return pool;
        } finally {
            tracker.close();
        }
    }
}
