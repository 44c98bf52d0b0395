package org.shopdb.core.internal.migration;

/**
 * Outcome of applying one changelog.
 *
 * @param failedChangeSet {@code file::id::author} of the changeset that failed, or {@code null}
 */
public record ChangelogRun(int changeSets, int appliedNow, String failedChangeSet, String failure) {

    public boolean succeeded() {
        return failure == null;
    }
}
