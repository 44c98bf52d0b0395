package org.shopdb.plugins.cameras.internal.collector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.shopdb.api.error.ValidationException;
import org.shopdb.plugins.cameras.internal.CameraChange;
import org.shopdb.plugins.cameras.internal.CameraFields;
import org.shopdb.plugins.cameras.internal.CommonFields;
import org.shopdb.plugins.cameras.internal.NewCamera;
import org.shopdb.plugins.cameras.internal.PrimaryAddress;

class DiscoveredCameraTest {

    private static Map<String, Object> record() {
        Map<String, Object> record = new HashMap<>();
        record.put("macaddress", "b8-a4-4f-00-00-07");
        record.put("ipaddress", "10.40.0.7");
        record.put("streamurl", "rtsp://10.40.0.7/onvif1");
        record.put("vendor", "Axis");
        record.put("model", "M3106");
        record.put("firmware", "9.80.1");
        record.put("fps", 30L);
        return record;
    }

    /** The camera as the record above created it, then edited by an operator. */
    private static CameraChange stored() {
        return new CameraChange(
                new CommonFields("CAM-0007", "Dock door", "inservice", 4L, null, null, "mounted high", true),
                new CameraFields("rtsp://10.40.0.7/onvif1", null, 30, "SW-2 Gi1/0/7", "Axis", "M3106", "9.80.1", "nvr-hall2", 30, false),
                new PrimaryAddress("10.40.0.7", "B8:A4:4F:00:00:07", null), 3);
    }

    @Test
    void recordIsReadInTheStoredForms() {
        DiscoveredCamera found = DiscoveredCamera.from(record());
        assertEquals("B8:A4:4F:00:00:07", found.macAddress());
        assertEquals(30, found.fps());
        assertEquals(null, found.seenAt());
        Map<String, Object> timed = record();
        timed.put("seenat", "2026-11-25T08:00:00Z");
        assertEquals(Instant.parse("2026-11-25T08:00:00Z"), DiscoveredCamera.from(timed).seenAt());
    }

    @Test
    void fractionalFpsAndMalformedTimesAreNamed() {
        Map<String, Object> fractional = record();
        fractional.put("fps", 29.97);
        assertEquals("fps", assertThrows(ValidationException.class, () -> DiscoveredCamera.from(fractional)).errors().get(0).field());
        Map<String, Object> badTime = record();
        badTime.put("seenat", "yesterday");
        assertEquals("seenat", assertThrows(ValidationException.class, () -> DiscoveredCamera.from(badTime)).errors().get(0).field());
    }

    @Test
    void sameRecordAgainChangesNothing() {
        CameraChange current = stored();
        assertEquals(current, DiscoveredCamera.from(record()).applyTo(current));
    }

    @Test
    void fieldsTheRecordLeavesOutKeepTheOperatorsValues() {
        Map<String, Object> sparse = new HashMap<>(Map.of("macaddress", "B8A44F000007", "streamurl", "rtsp://10.40.0.7/onvif1"));
        assertEquals(stored(), DiscoveredCamera.from(sparse).applyTo(stored()));
    }

    @Test
    void reportedChangesAreLaidOverTheCurrentState() {
        Map<String, Object> changed = record();
        changed.put("firmware", "10.12.1");
        changed.put("ipaddress", "10.40.0.70");
        changed.put("name", "Renamed by the script");
        changed.put("assetnumber", "CAM-9999");
        CameraChange wanted = DiscoveredCamera.from(changed).applyTo(stored());
        assertNotEquals(stored(), wanted);
        assertEquals("10.12.1", wanted.fields().firmware());
        assertEquals("10.40.0.70", wanted.address().ipAddress());
        assertEquals("nvr-hall2", wanted.fields().recordingServer());
        assertEquals("CAM-0007", wanted.common().assetNumber(), "asset number and name are the operator's");
        assertEquals("Dock door", wanted.common().name());
        assertEquals(3, wanted.version());
    }

    @Test
    void cameraSeenTheFirstTimeIsNamedFromWhatTheScriptKnows() {
        NewCamera created = DiscoveredCamera.from(record()).toNewCamera();
        assertEquals("CAM-B8A44F000007", created.common().assetNumber());
        assertEquals("Axis M3106 B8:A4:4F:00:00:07", created.common().name());
        assertEquals(new PrimaryAddress("10.40.0.7", "B8:A4:4F:00:00:07", null), created.address());
        Map<String, Object> named = record();
        named.put("assetnumber", "CAM-0100");
        named.put("name", "Gate 3");
        named.remove("vendor");
        assertEquals("CAM-0100", DiscoveredCamera.from(named).toNewCamera().common().assetNumber());
        assertEquals("Gate 3", DiscoveredCamera.from(named).toNewCamera().common().name());
        named.remove("name");
        assertEquals("M3106 B8:A4:4F:00:00:07", DiscoveredCamera.from(named).toNewCamera().common().name());
    }
}
