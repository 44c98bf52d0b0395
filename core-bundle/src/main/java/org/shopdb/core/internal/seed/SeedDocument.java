package org.shopdb.core.internal.seed;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A site's reference data as a seed file holds it (see {@code docs/examples/site-seed.json}):
 * business units, extra asset statuses and the location hierarchy, each known by its code.
 * Every list may be left out.
 *
 * @param description free text for the reader of the file; not stored
 */
public record SeedDocument(
        @JsonProperty("description") String description,
        @JsonProperty("businessunits") List<BusinessUnitSeed> businessUnits,
        @JsonProperty("statuses") List<StatusSeed> statuses,
        @JsonProperty("locations") List<LocationSeed> locations) {

    public SeedDocument {
        businessUnits = businessUnits == null ? List.of() : List.copyOf(businessUnits);
        statuses = statuses == null ? List.of() : List.copyOf(statuses);
        locations = locations == null ? List.of() : List.copyOf(locations);
    }

    public record BusinessUnitSeed(@JsonProperty("code") String code, @JsonProperty("name") String name) {
    }

    /** @param sortOrder where the status appears in lists; {@code null}: after the existing ones */
    public record StatusSeed(@JsonProperty("code") String code, @JsonProperty("name") String name,
            @JsonProperty("sortorder") Integer sortOrder) {
    }

    /**
     * A location and the locations inside it.
     *
     * @param kind {@code site} at the top, then {@code building}, {@code area}, {@code cell}, each deeper than its parent
     */
    public record LocationSeed(@JsonProperty("kind") String kind, @JsonProperty("code") String code,
            @JsonProperty("name") String name, @JsonProperty("children") List<LocationSeed> children) {

        public LocationSeed {
            children = children == null ? List.of() : List.copyOf(children);
        }
    }
}
