package org.shopdb.api.plugin;

import java.util.List;
import java.util.Objects;

/**
 * The demo site {@code shopdb:demo-load} fills: where items may be placed, and the seed every
 * plugin's generator starts from so that a second run produces the same items.
 *
 * @param locationIds the site's cells and areas, where shop-floor items go
 * @param seed        seed of the generators' randomness
 * @since 1.1
 */
public record DemoSite(List<Long> locationIds, long seed) {

    public DemoSite {
        locationIds = List.copyOf(Objects.requireNonNull(locationIds, "locationIds"));
    }

    /** The location of the {@code index}-th item: round robin over the site. */
    public Long location(int index) {
        return locationIds.isEmpty() ? null : locationIds.get(Math.floorMod(index, locationIds.size()));
    }
}
