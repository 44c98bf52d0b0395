package org.shopdb.api.rest;

import org.shopdb.api.error.NotFoundException;

/** Ids in request paths: anything but a positive whole number names nothing, so it is a 404 like an unknown id. */
public final class PathIds {

    private PathIds() {
    }

    /** @throws NotFoundException naming {@code entityType} when {@code raw} is not a positive whole number */
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
