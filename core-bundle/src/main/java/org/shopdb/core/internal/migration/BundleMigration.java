package org.shopdb.core.internal.migration;

import java.time.Instant;

/**
 * The migration record of one bundle.
 *
 * @param changeSets      changesets in the bundle's changelog (0 until it has been read)
 * @param appliedNow      changesets applied by the last run (0 when all were applied before)
 * @param failedChangeSet {@code file::id::author} of the failing changeset, or {@code null}
 * @param message         human-readable detail of the last failure, or {@code null}
 */
public record BundleMigration(String bundle, String version, String changelog, MigrationState state,
        int changeSets, int appliedNow, String failedChangeSet, String message, Instant at) {

    static BundleMigration pending(String bundle, String version, String changelog) {
        return new BundleMigration(bundle, version, changelog, MigrationState.PENDING, 0, 0, null, null, Instant.now());
    }

    BundleMigration applied(int total, int appliedNow) {
        return new BundleMigration(bundle, version, changelog, MigrationState.APPLIED, total, appliedNow, null, null, Instant.now());
    }

    BundleMigration failed(int total, String failedChangeSet, String message) {
        return new BundleMigration(bundle, version, changelog, MigrationState.FAILED, total, 0, failedChangeSet, message, Instant.now());
    }

    BundleMigration waitingForDatabase(String message) {
        return new BundleMigration(bundle, version, changelog, MigrationState.WAITING_FOR_DATABASE, changeSets, 0, null, message, Instant.now());
    }
}
