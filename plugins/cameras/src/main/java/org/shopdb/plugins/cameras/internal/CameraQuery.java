package org.shopdb.plugins.cameras.internal;

import java.time.Instant;
import java.util.List;

import org.shopdb.api.paging.PageRequest;

/**
 * Filters of the camera list; {@code null} means "any".
 *
 * @param locationId    cameras at this location or anywhere below it
 * @param vendor        exact, ignoring case; likewise {@code model} and {@code recordingServer}
 * @param notSeenSince  cameras no collector has reported since this instant (or ever)
 */
public record CameraQuery(String status, Long locationId, String vendor, String model, String recordingServer,
        Instant notSeenSince, PageRequest page) {

    /** Sortable fields; the default order is by asset number. */
    public static final List<String> SORTABLE = List.of("assetid", "assetnumber", "name", "vendor", "model", "lastseen");
}
