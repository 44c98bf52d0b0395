package org.shopdb.plugins.agents.internal.ingest;

import java.time.Instant;

import org.shopdb.plugins.agents.internal.mapping.KnownIdentity;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * An inventory agent as ShopDB last saw it ({@code GET /api/agents}, {@code shopdb:agent-list}).
 *
 * @param lastResult {@code created}, {@code updated} or {@code unchanged} (what the last inventory did to the
 *                   computer), {@code failed}, or {@code contacted} (a prolog, no inventory yet)
 * @param lastError  why the last failed inventory was refused; kept until the next success
 */
public record Agent(@JsonProperty("agentid") long agentId, @JsonProperty("deviceid") String deviceId,
        @JsonProperty("protocol") String protocol, @JsonProperty("agentversion") String agentVersion,
        @JsonProperty("hostname") String hostname, @JsonProperty("hardwareuuid") String hardwareUuid,
        @JsonProperty("serialnumber") String serialNumber, @JsonProperty("assetid") Long assetId,
        @JsonProperty("remoteaddress") String remoteAddress, @JsonProperty("firstcontact") Instant firstContact,
        @JsonProperty("lastcontact") Instant lastContact, @JsonProperty("lastinventory") Instant lastInventory,
        @JsonProperty("lastresult") String lastResult, @JsonProperty("lasterror") String lastError,
        @JsonProperty("inventories") long inventories, @JsonProperty("failures") long failures,
        @JsonProperty("softwarecount") Integer softwareCount, @JsonProperty("addresscount") Integer addressCount) {

    public KnownIdentity identity() {
        return new KnownIdentity(hostname, hardwareUuid, serialNumber);
    }
}
