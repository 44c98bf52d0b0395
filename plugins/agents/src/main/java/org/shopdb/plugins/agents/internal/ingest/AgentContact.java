package org.shopdb.plugins.agents.internal.ingest;

import java.time.Instant;

/**
 * One request of an agent, for the bookkeeping.
 *
 * @param protocol      {@code ocs} (FusionInventory/OCS XML) or {@code glpi} (GLPI Agent JSON)
 * @param agentVersion  what the agent calls itself, when it says
 * @param remoteAddress the address the request came from
 */
public record AgentContact(String deviceId, String protocol, String agentVersion, String remoteAddress, Instant at) {
}
