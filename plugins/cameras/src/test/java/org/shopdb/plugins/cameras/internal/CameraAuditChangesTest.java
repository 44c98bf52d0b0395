package org.shopdb.plugins.cameras.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.shopdb.api.audit.FieldChange;

class CameraAuditChangesTest {

    private static final CameraFields BEFORE = new CameraFields("rtsp://10.0.0.1/live", "1920x1080", 25, null, "Axis", "M3106",
            "9.80.1", "nvr-1", null, false);

    @Test
    void creationListsEverySetFieldFromNothing() {
        Map<String, FieldChange> changes = CameraAuditChanges.created(BEFORE);
        assertEquals(List.of("streamurl", "resolution", "fps", "vendor", "model", "firmware", "recordingserver", "ptz"),
                List.copyOf(changes.keySet()));
        assertEquals(new FieldChange(null, 25), changes.get("fps"));
    }

    @Test
    void updateListsOnlyWhatDiffersOldToNew() {
        CameraFields after = new CameraFields("rtsp://10.0.0.1/live", "1920x1080", 15, null, "Axis", "M3106", "10.12.1", "nvr-1",
                null, false);
        assertEquals(Map.of("fps", new FieldChange(25, 15), "firmware", new FieldChange("9.80.1", "10.12.1")),
                CameraAuditChanges.between(BEFORE, after));
        assertEquals(Map.of(), CameraAuditChanges.between(BEFORE, BEFORE));
    }

    @Test
    void deletionListsTheLastValues() {
        Map<String, FieldChange> changes = CameraAuditChanges.deleted(BEFORE);
        assertEquals(new FieldChange("nvr-1", null), changes.get("recordingserver"));
        assertEquals(8, changes.size());
    }
}
