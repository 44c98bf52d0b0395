package org.shopdb.plugins.agents.internal.ingest;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What one inventory did.
 *
 * @param computer     {@code created}, {@code updated} or {@code unchanged}: the computer record's outcome
 * @param applications the applications record's outcome; {@code null} when the inventory had no software section
 * @param software     how many programs the inventory listed; {@code null} without software section
 */
public record IngestResult(@JsonProperty("deviceid") String deviceId, @JsonProperty("hostname") String hostname,
        @JsonProperty("assetid") long assetId, @JsonProperty("computer") String computer,
        @JsonProperty("applications") String applications, @JsonProperty("software") Integer software,
        @JsonProperty("addresses") Integer addresses, @JsonProperty("attempts") int attempts) {
}
