package org.shopdb.plugins.equipment.internal.hooks;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.shopdb.api.family.FamilyStore;
import org.shopdb.api.plugin.DashboardWidget;
import org.shopdb.api.plugin.WidgetData;
import org.shopdb.api.reference.Location;
import org.shopdb.api.reference.LocationKind;
import org.shopdb.api.reference.ReferenceDataService;
import org.shopdb.plugins.equipment.internal.MachineFields;
import org.shopdb.plugins.equipment.internal.MachineStore;

/**
 * Dashboard: machines per area of the site. Each machine's location (often a cell) is rolled
 * up the location hierarchy to its area; machines placed above any area count under that
 * building or site ("Hall 2 (no area)"), unplaced ones under "Not placed". One grouped query
 * (machines per location) plus the location reference data.
 */
@Component(service = DashboardWidget.class)
public class MachinesByAreaWidget implements DashboardWidget {

    static final String NOT_PLACED = "Not placed";

    private final FamilyStore<MachineFields> machines;
    private final ReferenceDataService referenceData;

    @Activate
    public MachinesByAreaWidget(@Reference MachineStore machines, @Reference ReferenceDataService referenceData) {
        this.machines = machines.store();
        this.referenceData = referenceData;
    }

    @Override
    public String id() {
        return "equipment-by-area";
    }

    @Override
    public String title() {
        return "Machines by area";
    }

    @Override
    public int order() {
        return 21;
    }

    @Override
    public WidgetData data() {
        return breakdown(referenceData.locations(), machines.countBy("locationid"));
    }

    /**
     * One slice per area holding machines, in the hierarchy's order (then the buildings and
     * sites holding machines outside any area, then the unplaced), so a site's bars stay in place.
     * An area's label is its name, prefixed with its parent's where two such areas share a name.
     *
     * @param locations          every location, parents before children (as the reference data lists them)
     * @param countByLocationId  machines per location id, {@code null} for unplaced
     */
    static WidgetData.Breakdown breakdown(List<Location> locations, Map<Object, Long> countByLocationId) {
        Map<Long, Location> byId = locations.stream().collect(Collectors.toMap(Location::locationId, Function.identity()));
        Map<Location, Long> perArea = new HashMap<>();
        long unplaced = 0;
        for (Map.Entry<Object, Long> count : countByLocationId.entrySet()) {
            Optional<Location> area = count.getKey() instanceof Number id ? Optional.ofNullable(byId.get(id.longValue())).map(at -> areaOf(at, byId))
                    : Optional.empty();
            if (area.isPresent()) {
                perArea.merge(area.get(), count.getValue(), Long::sum);
            } else {
                unplaced += count.getValue();
            }
        }
        Map<String, Long> labelled = new LinkedHashMap<>();
        List<Location> areas = locations.stream().filter(perArea::containsKey).toList();
        List<Location> above = new ArrayList<>(areas.stream().filter(location -> location.kind() != LocationKind.AREA).toList());
        areas.stream().filter(location -> location.kind() == LocationKind.AREA)
                .forEach(area -> labelled.merge(label(area, areas, byId), perArea.get(area), Long::sum));
        above.forEach(location -> labelled.merge(location.name() + " (no area)", perArea.get(location), Long::sum));
        if (unplaced > 0) {
            labelled.merge(NOT_PLACED, unplaced, Long::sum);
        }
        return new WidgetData.Breakdown(labelled.entrySet().stream().map(slice -> new WidgetData.Slice(slice.getKey(), slice.getValue())).toList());
    }

    /** The area on the location's path (the location itself, or the one above its cell); the location itself when it is above every area. */
    static Location areaOf(Location location, Map<Long, Location> byId) {
        for (String id : location.path().split("/")) {
            if (!id.isEmpty()) {
                Location step = byId.get(Long.parseLong(id));
                if (step != null && step.kind() == LocationKind.AREA) {
                    return step;
                }
            }
        }
        return location;
    }

    private static String label(Location area, List<Location> areas, Map<Long, Location> byId) {
        boolean shared = areas.stream().anyMatch(other -> other != area && other.kind() == LocationKind.AREA && other.name().equals(area.name()));
        Location parent = area.parentId() == null ? null : byId.get(area.parentId());
        return shared && parent != null ? parent.name() + " / " + area.name() : area.name();
    }
}
