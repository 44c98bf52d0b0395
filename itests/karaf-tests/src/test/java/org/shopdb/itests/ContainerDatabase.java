package org.shopdb.itests;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.osgi.framework.BundleContext;
import org.osgi.util.tracker.ServiceTracker;

/**
 * Plain SQL on the container's database, through the core's connection pool: what a test
 * checks behind the API's back (rows kept, nothing orphaned), and the odd fault it plants.
 */
public final class ContainerDatabase {

    private final BundleContext context;

    public ContainerDatabase(BundleContext context) {
        this.context = context;
    }

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

    public void execute(String sql) throws Exception {
        try (Connection connection = pool().getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private DataSource pool() throws Exception {
        ServiceTracker<DataSource, DataSource> tracker = new ServiceTracker<>(context,
                context.createFilter("(&(objectClass=" + DataSource.class.getName() + ")(osgi.jndi.service.name=shopdb-pool))"), null);
        tracker.open();
        try {
            DataSource pool = tracker.waitForService(TimeUnit.SECONDS.toMillis(60));
            if (pool == null) {
                throw new AssertionError("No shopdb-pool DataSource within 60 s");
            }
            return pool;
        } finally {
            tracker.close();
        }
    }
}
