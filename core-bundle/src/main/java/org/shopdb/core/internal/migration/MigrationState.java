package org.shopdb.core.internal.migration;

/** Where a bundle's schema stands. */
public enum MigrationState {
    /** Changelog found; migration queued. */
    PENDING,
    /** The database could not be reached; the migration is retried. */
    WAITING_FOR_DATABASE,
    /** Every changeset applied; the bundle's components may run. */
    APPLIED,
    /** A changeset failed; the bundle's components stay down until the bundle is fixed and restarted. */
    FAILED
}
