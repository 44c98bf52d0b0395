package org.shopdb.core.internal.plugin;

import java.time.Instant;

/**
 * Where the lifecycle bookkeeping of a started plugin stands.
 *
 * @param message what it waits for, what was done, or why it failed
 */
public record LifecycleOutcome(Status status, String message, Instant at) {

    public enum Status {
        /** Waiting for the plugin's schema or its lifecycle hook service. */
        WAITING,
        /** The database knows this version; hooks (if any were due) ran. */
        DONE,
        /** A hook or the bookkeeping failed; rolled back, tried again when the plugin next starts. */
        FAILED
    }

    static LifecycleOutcome waiting(String message) {
        return new LifecycleOutcome(Status.WAITING, message, Instant.now());
    }

    static LifecycleOutcome done(String message) {
        return new LifecycleOutcome(Status.DONE, message, Instant.now());
    }

    static LifecycleOutcome failed(String message) {
        return new LifecycleOutcome(Status.FAILED, message, Instant.now());
    }
}
