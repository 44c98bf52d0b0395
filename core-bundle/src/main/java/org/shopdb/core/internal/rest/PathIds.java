package org.shopdb.core.internal.rest;

import org.shopdb.api.error.NotFoundException;

/** Ids in request paths: anything but a positive whole number names nothing, so it is a 404. */
public final class PathIds {

    private PathIds() {
    }

    public static long parse(String raw, String entityType) {
        try {
            long id = Long.parseLong(raw);
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException notANumber) {
            // falls through: no such entity
        }
        throw new NotFoundException(entityType, raw);
    }
}
