package org.shopdb.plugins.cameras.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.shopdb.api.error.FieldError;
import org.shopdb.api.error.ValidationException;

/** The rules of {@link CameraFields}, the same the table's column sizes and CHECK constraints enforce. */
public final class CameraValidator {

    static final Set<String> STREAM_SCHEMES = Set.of("rtsp", "rtsps", "http", "https", "rtmp", "srt");
    static final int MIN_FPS = 1;
    static final int MAX_FPS = 240;
    static final int MAX_RETENTION_DAYS = 3650;

    private static final Pattern RESOLUTION = Pattern.compile("[1-9]\\d{1,4}x[1-9]\\d{1,4}");

    private CameraValidator() {
    }

    /** @throws ValidationException naming every bad field */
    public static void validate(CameraFields fields) {
        List<FieldError> errors = errors(fields);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    static List<FieldError> errors(CameraFields fields) {
        List<FieldError> errors = new ArrayList<>();
        streamUrl(errors, fields.streamUrl());
        if (fields.resolution() != null && !RESOLUTION.matcher(fields.resolution()).matches()) {
            errors.add(new FieldError("resolution", "must be WIDTHxHEIGHT in pixels, e.g. 1920x1080"));
        }
        if (fields.fps() != null && (fields.fps() < MIN_FPS || fields.fps() > MAX_FPS)) {
            errors.add(new FieldError("fps", "must be between " + MIN_FPS + " and " + MAX_FPS));
        }
        if (fields.retentionDays() != null && (fields.retentionDays() < 0 || fields.retentionDays() > MAX_RETENTION_DAYS)) {
            errors.add(new FieldError("retentiondays", "must be between 0 and " + MAX_RETENTION_DAYS));
        }
        length(errors, "poeport", fields.poePort(), CameraFields.POE_PORT_LENGTH);
        length(errors, "vendor", fields.vendor(), CameraFields.NAME_LENGTH);
        length(errors, "model", fields.model(), CameraFields.NAME_LENGTH);
        length(errors, "firmware", fields.firmware(), CameraFields.NAME_LENGTH);
        length(errors, "recordingserver", fields.recordingServer(), CameraFields.RECORDING_SERVER_LENGTH);
        return errors;
    }

    private static void streamUrl(List<FieldError> errors, String url) {
        if (url == null) {
            errors.add(new FieldError("streamurl", "is required"));
            return;
        }
        if (url.length() > CameraFields.STREAM_URL_LENGTH) {
            errors.add(new FieldError("streamurl", "must be at most " + CameraFields.STREAM_URL_LENGTH + " characters"));
            return;
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            errors.add(new FieldError("streamurl", "is not a valid URL"));
            return;
        }
        if (uri.getScheme() == null || !STREAM_SCHEMES.contains(uri.getScheme().toLowerCase(Locale.ROOT)) || uri.getHost() == null) {
            errors.add(new FieldError("streamurl", "must be an absolute URL with a host and one of the schemes " + STREAM_SCHEMES.stream().sorted().toList()));
        } else if (uri.getRawUserInfo() != null) {
            // Every viewer can read this field: keep camera passwords in the recording server.
            errors.add(new FieldError("streamurl", "must not contain credentials (user:password@)"));
        }
    }

    private static void length(List<FieldError> errors, String field, String value, int max) {
        if (value != null && value.length() > max) {
            errors.add(new FieldError(field, "must be at most " + max + " characters"));
        }
    }
}
