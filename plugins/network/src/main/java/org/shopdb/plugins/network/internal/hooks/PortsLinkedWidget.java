package org.shopdb.plugins.network.internal.hooks;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.shopdb.api.plugin.DashboardWidget;
import org.shopdb.api.plugin.WidgetData;
import org.shopdb.plugins.network.internal.port.PortQueries;

/**
 * Dashboard: the switch ports by what is known about what is plugged in — linked to an asset, a
 * MAC no asset has (unknown devices on the network: register them), nothing learned (empty, or an
 * uplink known by its neighbour), gone. One grouped query; every slice shown, zeros included.
 */
@Component(service = DashboardWidget.class)
public class PortsLinkedWidget implements DashboardWidget {

    /** Query key → label, in the order the slices are drawn. */
    static final Map<String, String> SLICES = labels();

    private final PortQueries ports;

    @Activate
    public PortsLinkedWidget(@Reference PortQueries ports) {
        this.ports = ports;
    }

    @Override
    public String id() {
        return "network-ports-linked";
    }

    @Override
    public String title() {
        return "Switch ports linked to assets";
    }

    @Override
    public int order() {
        return 36;
    }

    @Override
    public WidgetData data() {
        return breakdown(ports.connectionCounts());
    }

    static WidgetData.Breakdown breakdown(Map<String, Long> counts) {
        return new WidgetData.Breakdown(SLICES.entrySet().stream()
                .map(slice -> new WidgetData.Slice(slice.getValue(), counts.getOrDefault(slice.getKey(), 0L))).toList());
    }

    private static Map<String, String> labels() {
        Map<String, String> labels = new LinkedHashMap<>();
        List.of(new String[] {"linked", "linked to an asset"}, new String[] {"unlinked", "MAC of no known asset"},
                new String[] {"nomac", "no MAC learned"}, new String[] {"gone", "gone"})
                .forEach(pair -> labels.put(pair[0], pair[1]));
        return java.util.Collections.unmodifiableMap(labels);
    }
}
