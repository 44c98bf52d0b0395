package org.shopdb.plugins.cameras.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.shopdb.api.error.FieldError;
import org.shopdb.api.family.RecordFields;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class CameraFamilyTest {

    private static List<String> refused(String streamUrl) {
        return CameraFamily.INSTANCE.check(new CameraFields(streamUrl, null, null, null, null, null, null, null, null, false, null))
                .stream().map(FieldError::message).toList();
    }

    @Test
    void streamUrlsOfStreamingSchemesWithAHostAreFine() {
        assertEquals(List.of(), refused("rtsp://10.20.4.17:554/axis-media/media.amp"));
        assertEquals(List.of(), refused("RTSPS://cam-07.plant.example/live"));
        assertEquals(List.of(), refused(null), "required-ness is the schema's");
    }

    @Test
    void streamUrlMustBeAbsoluteOfAStreamingSchemeAndParseable() {
        assertEquals(1, refused("/stream1").size());
        assertEquals(1, refused("ftp://10.0.0.1/stream").size());
        assertEquals(1, refused("rtsp://bad host/x").size());
    }

    @Test
    void credentialsInTheStreamUrlAreRefusedWithoutEchoingThem() {
        List<String> messages = refused("rtsp://admin:secret@10.0.0.9/live");
        assertEquals(1, messages.size());
        assertFalse(messages.get(0).contains("secret"));
    }

    @Test
    void everyFieldIsDescribedByTheSchemaAndLastSeenIsReadOnly() throws Exception {
        JsonNode properties;
        try (InputStream in = CameraFamily.INSTANCE.fieldSchema().openStream()) {
            properties = new ObjectMapper().readTree(in).path("properties");
        }
        for (String field : RecordFields.names(CameraFields.class)) {
            assertTrue(properties.has(field), field + " described");
        }
        assertTrue(properties.path("lastseen").path("readOnly").asBoolean(), "collectors move lastseen, users cannot");
        for (String filtered : List.of("vendor", "model", "recordingserver")) {
            assertTrue(properties.path(filtered).path("x-filterable").asBoolean(), filtered + " is a list filter");
        }
    }
}
