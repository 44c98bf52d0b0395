package org.shopdb.plugins.computers.internal.hooks;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.shopdb.api.plugin.DashboardWidget;
import org.shopdb.api.plugin.WidgetData;
import org.shopdb.plugins.computers.internal.ComputerStore;

/**
 * Dashboard: how many PCs run each operating system version ("Microsoft Windows 10 Enterprise
 * LTSC 10.0.17763"), most common first — where the next upgrade or the last Windows 7 is. One
 * grouped query; past {@value #MAX_SLICES} versions the rest are one "Other" slice.
 */
@Component(service = DashboardWidget.class)
public class OsVersionsWidget implements DashboardWidget {

    static final int MAX_SLICES = 12;
    static final String UNKNOWN = "Unknown";
    static final String OTHER = "Other";

    private final ComputerStore computers;

    @Activate
    public OsVersionsWidget(@Reference ComputerStore computers) {
        this.computers = computers;
    }

    @Override
    public String id() {
        return "computers-os-versions";
    }

    @Override
    public String title() {
        return "Computers by OS version";
    }

    @Override
    public int order() {
        return 42;
    }

    @Override
    public WidgetData data() {
        return breakdown(computers.withEntityManager(em -> em.createQuery(
                "select c.osName, c.osVersion, count(c) from ComputerEntity c group by c.osName, c.osVersion order by count(c) desc",
                Object[].class).getResultList()));
    }

    /** @param counts rows of OS name, OS version and count, most frequent first */
    static WidgetData.Breakdown breakdown(List<Object[]> counts) {
        List<WidgetData.Slice> slices = new ArrayList<>();
        long other = 0;
        for (Object[] row : counts) {
            long count = ((Number) row[2]).longValue();
            if (slices.size() < MAX_SLICES) {
                slices.add(new WidgetData.Slice(label(row[0], row[1]), count));
            } else {
                other += count;
            }
        }
        if (other > 0) {
            slices.add(new WidgetData.Slice(OTHER, other));
        }
        return new WidgetData.Breakdown(slices);
    }

    private static String label(Object osName, Object osVersion) {
        String label = Stream.of(osName, osVersion).filter(value -> value != null).map(Object::toString).collect(Collectors.joining(" "));
        return label.isEmpty() ? UNKNOWN : label;
    }
}
