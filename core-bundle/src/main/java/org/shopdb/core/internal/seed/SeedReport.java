package org.shopdb.core.internal.seed;

import java.util.List;

/**
 * What a seed run did, per kind of reference data.
 *
 * @param notes things found that differ from the file and were left as they are
 */
public record SeedReport(SeedTally businessUnits, SeedTally statuses, SeedTally locations, List<String> notes) {

    public SeedReport {
        notes = List.copyOf(notes);
    }
}
