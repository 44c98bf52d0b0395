package org.shopdb.api.reference;

import java.util.List;

/**
 * A place in the site hierarchy.
 *
 * @param path     ids from the root, {@code /1/4/9/}
 * @param children filled in tree views only, otherwise empty
 */
public record Location(long locationId, Long parentId, LocationKind kind, String code, String name, String path,
        boolean active, List<Location> children) {

    public Location withChildren(List<Location> children) {
        return new Location(locationId, parentId, kind, code, name, path, active, List.copyOf(children));
    }
}
