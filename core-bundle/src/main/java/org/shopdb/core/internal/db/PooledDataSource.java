package org.shopdb.core.internal.db;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Properties;

import javax.sql.DataSource;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.jdbc.DataSourceFactory;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/**
 * Builds the HikariCP pool over the pax-jdbc driver that serves the configured URL and
 * publishes it as the {@code shopdb-pool} data source. Drivers are bundles that may
 * arrive after this component, so it tracks all of them and publishes the pool once the
 * right one is there.
 */
@Component(configurationPid = DatabaseConfig.PID, configurationPolicy = ConfigurationPolicy.OPTIONAL, immediate = true)
@Designate(ocd = DatabaseConfig.class)
public class PooledDataSource {

    /** JNDI name of the raw pool; persistence units use the transactional one instead. */
    public static final String POOL_NAME = "shopdb-pool";

    private static final Logger LOG = LoggerFactory.getLogger(PooledDataSource.class);

    private final BundleContext context;
    private final DatabaseSettings settings;
    private HikariDataSource pool;
    private ServiceRegistration<DataSource> registration;

    @Activate
    public PooledDataSource(BundleContext context, DatabaseConfig config) {
        this.context = context;
        this.settings = DatabaseSettings.resolve(config, System::getenv, dataFolder(context));
        LOG.info("ShopDB database: {} (driver {})", settings.redactedUrl(), settings.driverName());
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    synchronized void addDriver(DataSourceFactory factory, ServiceReference<DataSourceFactory> reference) {
        if (pool == null && settings.driverClass().equals(reference.getProperty(DataSourceFactory.OSGI_JDBC_DRIVER_CLASS))) {
            publish(factory);
        }
    }

    synchronized void removeDriver(DataSourceFactory factory, ServiceReference<DataSourceFactory> reference) {
        if (pool != null && settings.driverClass().equals(reference.getProperty(DataSourceFactory.OSGI_JDBC_DRIVER_CLASS))) {
            LOG.warn("JDBC driver {} went away: closing the ShopDB pool until it returns", settings.driverName());
            unpublish();
        }
    }

    @Deactivate
    synchronized void deactivate() {
        unpublish();
    }

    private void publish(DataSourceFactory factory) {
        try {
            pool = new HikariDataSource(poolConfig(factory));
        } catch (SQLException | RuntimeException e) {
            LOG.error("Cannot create the ShopDB connection pool for {}: {}", settings.redactedUrl(), e.getMessage());
            return;
        }
        registration = context.registerService(DataSource.class, pool, DataSourceProperties.of(POOL_NAME, settings));
    }

    private void unpublish() {
        if (registration != null) {
            registration.unregister();
            registration = null;
        }
        if (pool != null) {
            pool.close();
            pool = null;
        }
    }

    private HikariConfig poolConfig(DataSourceFactory factory) throws SQLException {
        Properties driverProperties = new Properties();
        driverProperties.setProperty(DataSourceFactory.JDBC_URL, settings.driverUrl());
        if (!settings.user().isEmpty()) {
            driverProperties.setProperty(DataSourceFactory.JDBC_USER, settings.user());
            driverProperties.setProperty(DataSourceFactory.JDBC_PASSWORD, settings.password());
        }
        HikariConfig config = new HikariConfig();
        config.setPoolName(POOL_NAME);
        config.setDataSource(factory.createDataSource(driverProperties));
        config.setMaximumPoolSize(settings.poolSize());
        config.setMinimumIdle(Math.min(2, settings.poolSize()));
        config.setConnectionTimeout(settings.connectionTimeoutMs());
        config.setValidationTimeout(Math.min(3000, settings.connectionTimeoutMs()));
        // Start even when the database is down: health reports it, and the pool connects
        // by itself once the database is back.
        config.setInitializationFailTimeout(-1);
        config.setAutoCommit(true);
        return config;
    }

    static Path dataFolder(BundleContext context) {
        String data = context.getProperty("karaf.data");
        return Path.of(data != null ? data : "data");
    }
}
