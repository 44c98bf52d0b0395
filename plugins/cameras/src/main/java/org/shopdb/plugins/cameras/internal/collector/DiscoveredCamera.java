package org.shopdb.plugins.cameras.internal.collector;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;

import org.shopdb.api.error.ValidationException;
import org.shopdb.plugins.cameras.internal.CameraChange;
import org.shopdb.plugins.cameras.internal.CameraFields;
import org.shopdb.plugins.cameras.internal.CommonFields;
import org.shopdb.plugins.cameras.internal.NetworkIdentifiers;
import org.shopdb.plugins.cameras.internal.NewCamera;
import org.shopdb.plugins.cameras.internal.PrimaryAddress;

/**
 * One record of the discovery collector (schema/cameras-collector.json): what a script saw of
 * one camera. Every field but {@code macaddress} and {@code streamurl} is optional; a field the
 * record leaves out keeps the value the camera has, so an operator's own entries (recording
 * server, PoE port, ...) survive the next discovery run.
 *
 * @param macAddress the natural key, normalised to {@code AA:BB:CC:DD:EE:FF}
 * @param seenAt     when the script saw the camera; {@code null}: when the record arrived
 */
public record DiscoveredCamera(String macAddress, String ipAddress, String hostname, String assetNumber, String name,
        String serialNumber, String streamUrl, String resolution, Integer fps, String poePort, String vendor, String model,
        String firmware, String recordingServer, Instant seenAt) {

    /** Reads a record already valid against the schema: strings, and numbers as {@code Long}/{@code Double}. */
    public static DiscoveredCamera from(Map<String, Object> record) {
        return new DiscoveredCamera(NetworkIdentifiers.mac(text(record, "macaddress")), NetworkIdentifiers.ip(text(record, "ipaddress")),
                NetworkIdentifiers.hostname(text(record, "hostname")), text(record, "assetnumber"), text(record, "name"),
                text(record, "serialnumber"), text(record, "streamurl"), text(record, "resolution"), whole(record, "fps"),
                text(record, "poeport"), text(record, "vendor"), text(record, "model"), text(record, "firmware"),
                text(record, "recordingserver"), instant(record, "seenat"));
    }

    /** The asset number a camera first seen gets when the record names none: {@code CAM-} and the MAC's digits. */
    public String assetNumberOrDefault() {
        return assetNumber != null ? assetNumber : "CAM-" + macAddress.replace(":", "");
    }

    /** A camera first seen: in service, named by the record or by vendor, model and MAC. */
    public NewCamera toNewCamera() {
        String label = name != null ? name : String.join(" ", nonNull(vendor), nonNull(model), macAddress).trim().replaceAll(" +", " ");
        CommonFields common = new CommonFields(assetNumberOrDefault(), label, null, null, null, serialNumber, null, true);
        CameraFields fields = new CameraFields(streamUrl, resolution, fps, poePort, vendor, model, firmware, recordingServer, null, false);
        return new NewCamera(common, fields, new PrimaryAddress(ipAddress, macAddress, hostname));
    }

    /**
     * The camera's current state with what this record says laid over it. Asset number and
     * name are the operator's once the camera exists, so a record never changes them.
     */
    public CameraChange applyTo(CameraChange current) {
        CommonFields common = current.common();
        CameraFields fields = current.fields();
        PrimaryAddress address = current.address();
        return current
                .withCommon(new CommonFields(common.assetNumber(), common.name(), common.status(), common.locationId(),
                        common.businessUnitId(), or(serialNumber, common.serialNumber()), common.notes(), common.active()))
                .withFields(new CameraFields(or(streamUrl, fields.streamUrl()), or(resolution, fields.resolution()),
                        or(fps, fields.fps()), or(poePort, fields.poePort()), or(vendor, fields.vendor()), or(model, fields.model()),
                        or(firmware, fields.firmware()), or(recordingServer, fields.recordingServer()), fields.retentionDays(),
                        fields.ptz()))
                .withAddress(new PrimaryAddress(or(ipAddress, address.ipAddress()), macAddress, or(hostname, address.hostname())));
    }

    private static <T> T or(T reported, T current) {
        return reported != null ? reported : current;
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }

    private static String text(Map<String, Object> record, String field) {
        Object value = record.get(field);
        if (value == null) {
            return null;
        }
        String text = value.toString().trim();
        return text.isEmpty() ? null : text;
    }

    private static Integer whole(Map<String, Object> record, String field) {
        Object value = record.get(field);
        if (value == null) {
            return null;
        }
        if (!(value instanceof Number number) || number.doubleValue() != Math.rint(number.doubleValue())
                || Math.abs(number.doubleValue()) > Integer.MAX_VALUE) {
            throw ValidationException.of(field, "must be a whole number");
        }
        return number.intValue();
    }

    private static Instant instant(Map<String, Object> record, String field) {
        String value = text(record, field);
        if (value == null) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw ValidationException.of(field, "must be an ISO-8601 time such as 2026-11-25T08:00:00Z");
        }
    }
}
