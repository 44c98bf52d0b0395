package org.shopdb.plugins.cameras.internal;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The camera-specific attributes, the columns of {@code cameras} a user or collector edits
 * (the common ones live on the asset). Text is kept trimmed, blank as {@code null}.
 *
 * @param streamUrl       where the live stream is pulled from, e.g. {@code rtsp://10.20.4.17/stream1}; never with credentials
 * @param resolution      {@code WIDTHxHEIGHT}, e.g. {@code 1920x1080}
 * @param fps             frames per second the stream is configured for, 1 to 240
 * @param poePort         the switch port powering the camera, e.g. {@code SW-HALL2-03 Gi1/0/12}
 * @param recordingServer the NVR/VMS host recording the stream
 * @param retentionDays   how long the recording server keeps footage, 0 to 3650
 * @param ptz             whether the camera can pan, tilt and zoom
 */
public record CameraFields(String streamUrl, String resolution, Integer fps, String poePort, String vendor,
        String model, String firmware, String recordingServer, Integer retentionDays, boolean ptz) {

    static final int STREAM_URL_LENGTH = 500;
    static final int RESOLUTION_LENGTH = 20;
    static final int POE_PORT_LENGTH = 50;
    static final int NAME_LENGTH = 100;
    static final int RECORDING_SERVER_LENGTH = 255;

    public CameraFields {
        streamUrl = trimmed(streamUrl);
        resolution = trimmed(resolution);
        poePort = trimmed(poePort);
        vendor = trimmed(vendor);
        model = trimmed(model);
        firmware = trimmed(firmware);
        recordingServer = trimmed(recordingServer);
    }

    /** The fields under their API (and column) names, in a stable order, for audit diffs. */
    public Map<String, Object> byName() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("streamurl", streamUrl);
        fields.put("resolution", resolution);
        fields.put("fps", fps);
        fields.put("poeport", poePort);
        fields.put("vendor", vendor);
        fields.put("model", model);
        fields.put("firmware", firmware);
        fields.put("recordingserver", recordingServer);
        fields.put("retentiondays", retentionDays);
        fields.put("ptz", ptz);
        return fields;
    }

    private static String trimmed(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
