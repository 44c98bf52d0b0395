package org.shopdb.plugins.agents.internal.inventory;

import java.time.Instant;
import java.util.List;

/**
 * What an agent reported, whatever its protocol: the neutral model both the OCS/FusionInventory
 * XML and the GLPI JSON inventories are read into, and the mapping reads from.
 *
 * @param partial  a partial inventory carries only the sections that changed; what it leaves out keeps its stored value
 * @param agent    the agent's name and version ({@code versionclient}), when it says
 * @param takenAt  when the agent took the inventory; {@code null} when it does not say
 * @param software the installed software; {@code null} when the inventory has no software section
 */
public record Inventory(String deviceId, String itemType, boolean partial, String agent, Instant takenAt,
        ComputerFacts computer, List<InstalledSoftware> software) {

    public Inventory {
        software = software == null ? null : List.copyOf(software);
    }

    public boolean hasSoftware() {
        return software != null;
    }
}
