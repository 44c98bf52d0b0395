package org.shopdb.core.internal.health;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.shopdb.core.internal.db.DataSourceProperties;
import org.shopdb.core.internal.db.PooledDataSource;
import org.shopdb.core.internal.migration.BundleMigration;
import org.shopdb.core.internal.migration.MigrationRegistry;
import org.shopdb.core.internal.migration.MigrationState;
import org.shopdb.core.internal.mode.ServingGuard;

/** Decides whether ShopDB is ready: database reachable and the core's schema migrated. */
@Component(service = HealthCheck.class)
public class HealthCheck {

    static final int VALIDATION_SECONDS = 2;
    /** Symbolic name of the core bundle, whose schema must be in place to serve. */
    static final String CORE = "org.shopdb.core";

    @Reference
    private MigrationRegistry migrations;

    @Reference
    private ServingGuard guard;

    /** The pool and its service properties, swapped together as drivers come and go. */
    private record Pool(DataSource dataSource, Map<String, Object> properties) {
    }

    private volatile Pool pool;

    @Reference(target = "(osgi.jndi.service.name=" + PooledDataSource.POOL_NAME + ")",
            cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindPool(DataSource dataSource, Map<String, Object> properties) {
        pool = new Pool(dataSource, properties);
    }

    void unbindPool(DataSource dataSource) {
        Pool current = pool;
        if (current != null && current.dataSource() == dataSource) {
            pool = null;
        }
    }

    public HealthReport check() {
        HealthReport.Database database = checkDatabase();
        List<BundleMigration> all = migrations.all();
        String reason = guard.refusal().orElseGet(() -> readinessProblem(database, all));
        if (reason != null) {
            return new HealthReport(HealthReport.DOWN, reason, database, all);
        }
        List<String> failed = all.stream().filter(m -> m.state() == MigrationState.FAILED).map(BundleMigration::bundle).toList();
        if (!failed.isEmpty()) {
            return new HealthReport(HealthReport.DEGRADED, "schema migration failed for " + String.join(", ", failed), database, all);
        }
        return new HealthReport(HealthReport.UP, null, database, all);
    }

    private HealthReport.Database checkDatabase() {
        Pool current = pool;
        if (current == null) {
            return new HealthReport.Database(HealthReport.DOWN, null, null, null, "no JDBC driver for the configured URL is available yet");
        }
        Map<String, Object> properties = current.properties();
        String url = String.valueOf(properties.get(DataSourceProperties.URL));
        String driver = String.valueOf(properties.get(DataSourceProperties.DRIVER));
        Boolean embedded = (Boolean) properties.get(DataSourceProperties.EMBEDDED);
        try (Connection connection = current.dataSource().getConnection()) {
            if (connection.isValid(VALIDATION_SECONDS)) {
                return new HealthReport.Database(HealthReport.UP, url, driver, embedded, null);
            }
            return new HealthReport.Database(HealthReport.DOWN, url, driver, embedded, "connection did not validate");
        } catch (SQLException e) {
            return new HealthReport.Database(HealthReport.DOWN, url, driver, embedded, "unreachable: " + e.getMessage());
        }
    }

    private static String readinessProblem(HealthReport.Database database, List<BundleMigration> all) {
        if (!HealthReport.UP.equals(database.status())) {
            return "database " + database.error();
        }
        BundleMigration core = all.stream().filter(m -> m.bundle().equals(CORE)).findFirst().orElse(null);
        if (core == null) {
            return "core schema not migrated yet";
        }
        if (core.state() == MigrationState.APPLIED) {
            return null;
        }
        return "core schema " + core.state().name().toLowerCase(Locale.ROOT).replace('_', ' ')
                + (core.message() != null ? ": " + core.message() : "");
    }
}
