package org.shopdb.itests;

import com.fasterxml.jackson.databind.JsonNode;

/** The operator's view of the agents ({@code /api/agents}), as the agent tests read it. */
final class AgentsSeen {

    private AgentsSeen() {
    }

    /** The agent with this device id as {@code /api/agents} lists it, or {@code null} if ShopDB has not recorded it. */
    static JsonNode byDeviceId(Http admin, String deviceId) throws Exception {
        for (JsonNode agent : admin.get("/api/agents?per_page=500").json().path("data")) {
            if (deviceId.equals(agent.path("deviceid").asText())) {
                return agent;
            }
        }
        return null;
    }
}
