package org.shopdb.plugins.agents.internal.inventory;

import java.time.Instant;
import java.util.List;

/**
 * What an inventory says about the computer itself; every value {@code null} when the
 * inventory does not say (a section left out of a partial inventory, or a value the agent
 * could not read).
 *
 * @param hostname  lower case, without domain
 * @param addresses the computer's IPv4 addresses, the primary first; {@code null} when the
 *                  inventory has no network section
 */
public record ComputerFacts(String hostname, String fqdn, String domain, String hardwareUuid, String serialNumber,
        String manufacturer, String model, String osName, String osVersion, String osBuild, String cpu, Long cpuCores,
        Long memoryMb, Long diskGb, String lastUser, Instant lastBoot, List<DiscoveredAddress> addresses) {

    public ComputerFacts {
        addresses = addresses == null ? null : List.copyOf(addresses);
    }
}
