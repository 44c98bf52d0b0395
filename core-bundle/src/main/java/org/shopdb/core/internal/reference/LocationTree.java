package org.shopdb.core.internal.reference;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.shopdb.api.reference.Location;

/** Nests a flat, path-ordered list of locations into sites with their children. */
final class LocationTree {

    private LocationTree() {
    }

    static List<Location> of(List<Location> flat) {
        Map<Long, List<Location>> childrenOf = new LinkedHashMap<>();
        List<Location> roots = new ArrayList<>();
        for (Location location : flat) {
            if (location.parentId() == null) {
                roots.add(location);
            } else {
                childrenOf.computeIfAbsent(location.parentId(), parent -> new ArrayList<>()).add(location);
            }
        }
        return roots.stream().map(root -> nest(root, childrenOf)).toList();
    }

    private static Location nest(Location location, Map<Long, List<Location>> childrenOf) {
        List<Location> children = childrenOf.getOrDefault(location.locationId(), List.of()).stream()
                .map(child -> nest(child, childrenOf)).toList();
        return location.withChildren(children);
    }
}
