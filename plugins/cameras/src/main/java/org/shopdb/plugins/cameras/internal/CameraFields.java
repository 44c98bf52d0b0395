package org.shopdb.plugins.cameras.internal;

import java.time.Instant;

import org.shopdb.api.family.FamilyFields;

/**
 * The columns of {@code cameras} besides its key and version (the common ones live on the
 * asset). Types, lengths and ranges are the field schema's (schema/cameras.json).
 *
 * @param streamUrl       where the live stream is pulled from, e.g. {@code rtsp://10.20.4.17/stream1}; never with credentials
 * @param resolution      {@code WIDTHxHEIGHT}, e.g. {@code 1920x1080}
 * @param fps             frames per second the stream is configured for, 1 to 240
 * @param poePort         the switch port powering the camera, e.g. {@code SW-HALL2-03 Gi1/0/12}
 * @param recordingServer the NVR/VMS host recording the stream
 * @param retentionDays   how long the recording server keeps footage, 0 to 3650
 * @param ptz             whether the camera can pan, tilt and zoom
 * @param lastSeen        when the discovery collector last reported the camera (read-only: collectors move it)
 */
public record CameraFields(String streamUrl, String resolution, Integer fps, String poePort, String vendor, String model,
        String firmware, String recordingServer, Integer retentionDays, boolean ptz, Instant lastSeen) implements FamilyFields {
}
