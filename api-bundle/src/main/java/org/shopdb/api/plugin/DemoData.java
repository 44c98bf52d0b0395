package org.shopdb.api.plugin;

import java.util.List;
import java.util.Map;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Hook: sample items for {@code shopdb:demo-load}, which builds a realistic demo site (for
 * trying ShopDB and for benchmarks) from every installed plugin. The records go through the
 * plugin's own collector ({@link #collector()}), so they are validated and stored like any
 * inventory script's; running the command again updates them in place.
 *
 * @since 1.1
 */
@ConsumerType
public interface DemoData {

    /** The name of the plugin's {@link Collector} that takes the records, e.g. {@code computers}. */
    String collector();

    /**
     * Position among the plugins' demo data, lower first: a plugin whose records refer to
     * another plugin's items (software installed on computers) comes after it.
     */
    default int order() {
        return 100;
    }

    /**
     * About {@code count} records for the collector, the same ones for the same site and count
     * (a fixed seed), spread over the site's locations.
     */
    List<Map<String, Object>> records(DemoSite site, int count);
}
