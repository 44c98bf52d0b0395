package org.shopdb.plugins.cameras.internal.rest;

import org.shopdb.api.error.ValidationException;
import org.shopdb.plugins.cameras.internal.CameraChange;
import org.shopdb.plugins.cameras.internal.CameraFields;
import org.shopdb.plugins.cameras.internal.CommonFields;
import org.shopdb.plugins.cameras.internal.NewCamera;
import org.shopdb.plugins.cameras.internal.PrimaryAddress;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What a client sends to create or replace a camera: the editable fields of {@link org.shopdb.plugins.cameras.internal.Camera}. */
public record CameraBody(
        @JsonProperty("assetnumber") String assetNumber,
        @JsonProperty("name") String name,
        @JsonProperty("status") String status,
        @JsonProperty("locationid") Long locationId,
        @JsonProperty("businessunitid") Long businessUnitId,
        @JsonProperty("serialnumber") String serialNumber,
        @JsonProperty("notes") String notes,
        @JsonProperty("isactive") Boolean active,
        @JsonProperty("streamurl") String streamUrl,
        @JsonProperty("resolution") String resolution,
        @JsonProperty("fps") Integer fps,
        @JsonProperty("poeport") String poePort,
        @JsonProperty("vendor") String vendor,
        @JsonProperty("model") String model,
        @JsonProperty("firmware") String firmware,
        @JsonProperty("recordingserver") String recordingServer,
        @JsonProperty("retentiondays") Integer retentionDays,
        @JsonProperty("ptz") Boolean ptz,
        @JsonProperty("ipaddress") String ipAddress,
        @JsonProperty("macaddress") String macAddress,
        @JsonProperty("hostname") String hostname,
        @JsonProperty("version") Long version) {

    NewCamera toNewCamera() {
        return new NewCamera(common(), fields(), address());
    }

    /** @throws ValidationException when {@code version} is missing: an update must say what it is based on */
    CameraChange toChange() {
        if (version == null) {
            throw ValidationException.of("version", "is required: send the version you read, so no one else's change is overwritten");
        }
        return new CameraChange(common(), fields(), address(), version);
    }

    private CommonFields common() {
        return new CommonFields(assetNumber, name, status, locationId, businessUnitId, serialNumber, notes, active == null || active);
    }

    private CameraFields fields() {
        return new CameraFields(streamUrl, resolution, fps, poePort, vendor, model, firmware, recordingServer, retentionDays,
                ptz != null && ptz);
    }

    private PrimaryAddress address() {
        return new PrimaryAddress(ipAddress, macAddress, hostname);
    }
}
