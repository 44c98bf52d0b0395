package org.shopdb.plugins.cameras.internal;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.shopdb.api.error.FieldError;
import org.shopdb.api.error.ValidationException;

class CameraValidatorTest {

    private static CameraFields withStream(String url) {
        return new CameraFields(url, null, null, null, null, null, null, null, null, false);
    }

    private static List<String> badFields(CameraFields fields) {
        return CameraValidator.errors(fields).stream().map(FieldError::field).toList();
    }

    @Test
    void aTypicalCameraIsValid() {
        assertDoesNotThrow(() -> CameraValidator.validate(new CameraFields("rtsp://10.20.4.17:554/axis-media/media.amp", "1920x1080",
                25, "SW-HALL2-03 Gi1/0/12", "Axis", "P3265-LVE", "10.12.1", "nvr-hall2", 30, true)));
    }

    @Test
    void streamUrlIsRequiredAbsoluteAndOfAStreamingScheme() {
        assertEquals(List.of("streamurl"), badFields(withStream(null)));
        assertEquals(List.of("streamurl"), badFields(withStream("   ")));
        assertEquals(List.of("streamurl"), badFields(withStream("/stream1")));
        assertEquals(List.of("streamurl"), badFields(withStream("ftp://10.0.0.1/stream")));
        assertEquals(List.of("streamurl"), badFields(withStream("rtsp://bad host/x")));
        assertEquals(List.of(), badFields(withStream("RTSPS://cam-07.plant.example/live")));
    }

    @Test
    void streamUrlWithCredentialsIsRefusedWithoutEchoingThem() {
        ValidationException refused = assertThrows(ValidationException.class,
                () -> CameraValidator.validate(withStream("rtsp://admin:hunter2@10.0.0.9/live")));
        assertEquals("streamurl", refused.errors().get(0).field());
        assertTrue(refused.errors().get(0).message().contains("credentials"));
        assertTrue(!refused.getMessage().contains("hunter2"));
    }

    @Test
    void streamUrlLongerThanItsColumnIsRefused() {
        String url = "rtsp://10.0.0.1/" + "a".repeat(CameraFields.STREAM_URL_LENGTH);
        assertEquals(List.of("streamurl"), badFields(withStream(url)));
    }

    @Test
    void fpsAndRetentionHaveTheBoundsOfTheCheckConstraints() {
        CameraFields lowest = new CameraFields("rtsp://h/x", null, 1, null, null, null, null, null, 0, false);
        CameraFields highest = new CameraFields("rtsp://h/x", null, 240, null, null, null, null, null, 3650, false);
        CameraFields outside = new CameraFields("rtsp://h/x", null, 241, null, null, null, null, null, 3651, false);
        CameraFields zero = new CameraFields("rtsp://h/x", null, 0, null, null, null, null, null, -1, false);
        assertEquals(List.of(), badFields(lowest));
        assertEquals(List.of(), badFields(highest));
        assertEquals(List.of("fps", "retentiondays"), badFields(outside));
        assertEquals(List.of("fps", "retentiondays"), badFields(zero));
    }

    @Test
    void resolutionIsWidthByHeight() {
        for (String good : new String[] {"1920x1080", "640x480", "3840x2160"}) {
            assertEquals(List.of(), badFields(new CameraFields("rtsp://h/x", good, null, null, null, null, null, null, null, false)), good);
        }
        for (String bad : new String[] {"1080p", "1920*1080", "0x0", "1920x", "x1080", "123456x1"}) {
            assertEquals(List.of("resolution"), badFields(new CameraFields("rtsp://h/x", bad, null, null, null, null, null, null, null, false)), bad);
        }
    }

    @Test
    void textLongerThanItsColumnIsNamedFieldByField() {
        String tooLong = "x".repeat(256);
        CameraFields fields = new CameraFields("rtsp://h/x", null, null, tooLong, tooLong, tooLong, tooLong, tooLong, null, false);
        assertEquals(List.of("poeport", "vendor", "model", "firmware", "recordingserver"), badFields(fields));
    }

    @Test
    void blankTextCountsAsNotGivenAndTextIsTrimmed() {
        CameraFields fields = new CameraFields("  rtsp://h/x ", " ", null, "", " Axis ", null, null, null, null, false);
        assertEquals("rtsp://h/x", fields.streamUrl());
        assertEquals(null, fields.resolution());
        assertEquals(null, fields.poePort());
        assertEquals("Axis", fields.vendor());
    }
}
