package org.shopdb.plugins.network.internal.port;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.shopdb.api.asset.NetworkAddress;

/**
 * Which asset a MAC seen on a port belongs to: the one asset with a network address of that MAC.
 * When several assets list it (a cloned VM, a re-used NIC), the one holding it as its primary
 * address wins if only one does; otherwise the port stays unlinked rather than guessing. The
 * reporting device itself is never linked to its own port.
 */
public final class MacLinks {

    private MacLinks() {
    }

    /** @param addresses every address holding one of the report's MACs (one query) */
    public static Map<String, Long> resolve(long deviceAssetId, Collection<NetworkAddress> addresses) {
        Map<String, List<NetworkAddress>> byMac = addresses.stream().filter(address -> address.assetId() != deviceAssetId)
                .collect(Collectors.groupingBy(NetworkAddress::macAddress));
        Map<String, Long> links = new HashMap<>();
        byMac.forEach((mac, holders) -> {
            Set<Long> assets = holders.stream().map(NetworkAddress::assetId).collect(Collectors.toCollection(TreeSet::new));
            Set<Long> primaries = holders.stream().filter(NetworkAddress::primary).map(NetworkAddress::assetId)
                    .collect(Collectors.toCollection(TreeSet::new));
            if (assets.size() == 1) {
                links.put(mac, assets.iterator().next());
            } else if (primaries.size() == 1) {
                links.put(mac, primaries.iterator().next());
            }
        });
        return links;
    }
}
