package org.shopdb.plugins.agents.internal.ingest;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What one network device or printer inventory did.
 *
 * @param collector {@code network} or {@code printers}: where the device went
 * @param ipaddress the address it is known at (the collector's natural key)
 * @param result    {@code created}, {@code updated} or {@code unchanged}
 * @param ports     how many ports the record listed ({@code null} for printers, or when the agent listed none)
 * @param supplies  how many supplies the record listed ({@code null} for network devices, or without cartridges section)
 */
public record DeviceIngestResult(@JsonProperty("deviceid") String deviceId, @JsonProperty("collector") String collector,
        @JsonProperty("ipaddress") String ipAddress, @JsonProperty("assetid") long assetId, @JsonProperty("result") String result,
        @JsonProperty("ports") Integer ports, @JsonProperty("supplies") Integer supplies, @JsonProperty("attempts") int attempts) {
}
