package org.shopdb.plugins.cameras.internal;

import java.time.Instant;

import org.shopdb.api.asset.Asset;
import org.shopdb.api.asset.NetworkAddress;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A camera as the API hands it out: the asset's common fields, the camera's own, and its
 * primary network address, flat, under the column names.
 *
 * @param version optimistic-lock version covering the asset and the camera fields: it grows
 *                with every change to either, and an update must send the one it read
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Camera(
        @JsonProperty("assetid") long assetId,
        @JsonProperty("assetnumber") String assetNumber,
        @JsonProperty("name") String name,
        @JsonProperty("status") String status,
        @JsonProperty("locationid") Long locationId,
        @JsonProperty("businessunitid") Long businessUnitId,
        @JsonProperty("serialnumber") String serialNumber,
        @JsonProperty("notes") String notes,
        @JsonProperty("isactive") boolean active,
        @JsonProperty("streamurl") String streamUrl,
        @JsonProperty("resolution") String resolution,
        @JsonProperty("fps") Integer fps,
        @JsonProperty("poeport") String poePort,
        @JsonProperty("vendor") String vendor,
        @JsonProperty("model") String model,
        @JsonProperty("firmware") String firmware,
        @JsonProperty("recordingserver") String recordingServer,
        @JsonProperty("retentiondays") Integer retentionDays,
        @JsonProperty("ptz") boolean ptz,
        @JsonProperty("ipaddress") String ipAddress,
        @JsonProperty("macaddress") String macAddress,
        @JsonProperty("hostname") String hostname,
        @JsonProperty("lastseen") Instant lastSeen,
        @JsonProperty("createddate") Instant createdDate,
        @JsonProperty("modifieddate") Instant modifiedDate,
        @JsonProperty("version") long version) {

    static Camera of(Asset asset, StoredCamera camera, NetworkAddress primaryAddress) {
        CameraFields fields = camera.fields();
        NetworkAddress address = primaryAddress == null ? new NetworkAddress(0, asset.assetId(), null, null, null, false) : primaryAddress;
        return new Camera(asset.assetId(), asset.assetNumber(), asset.name(), asset.statusCode(), asset.locationId(),
                asset.businessUnitId(), asset.serialNumber(), asset.notes(), asset.active(),
                fields.streamUrl(), fields.resolution(), fields.fps(), fields.poePort(), fields.vendor(), fields.model(),
                fields.firmware(), fields.recordingServer(), fields.retentionDays(), fields.ptz(),
                address.ipAddress(), address.macAddress(), address.hostname(), camera.lastSeen(),
                asset.createdDate(), asset.modifiedDate(), versionOf(asset, camera));
    }

    /** Both versions only ever grow, so their sum changes whenever either row does. */
    static long versionOf(Asset asset, StoredCamera camera) {
        return asset.version() + camera.version();
    }

    public CameraFields fields() {
        return new CameraFields(streamUrl, resolution, fps, poePort, vendor, model, firmware, recordingServer, retentionDays, ptz);
    }

    /** This camera as a change that alters nothing: the start of a partial update. */
    public CameraChange toChange() {
        return new CameraChange(new CommonFields(assetNumber, name, status, locationId, businessUnitId, serialNumber, notes, active),
                fields(), new PrimaryAddress(ipAddress, macAddress, hostname), version);
    }
}
