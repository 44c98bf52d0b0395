package org.shopdb.core.internal.health;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;

import org.shopdb.core.internal.migration.BundleMigration;

/**
 * What {@code GET /api/health} answers. Health keeps the flat shape probes expect
 * ({@code status} at the top) instead of the data envelope of the other endpoints.
 *
 * @param status  {@code UP}, {@code DEGRADED} (a plugin's schema failed; the core serves)
 *                or {@code DOWN} (not ready: see {@code reason})
 * @param reason  why the status is not {@code UP}, or {@code null}
 */
public record HealthReport(String status, String reason, Database database, List<BundleMigration> migrations) {

    public static final String UP = "UP";
    public static final String DEGRADED = "DEGRADED";
    public static final String DOWN = "DOWN";

    /** @param status {@code UP} or {@code DOWN}; {@code error} says why it is down */
    public record Database(String status, String url, String driver, Boolean embedded, String error) {
    }

    @JsonIgnore
    public boolean isReady() {
        return !DOWN.equals(status);
    }
}
