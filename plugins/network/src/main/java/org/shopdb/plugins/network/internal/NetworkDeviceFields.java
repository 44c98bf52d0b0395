package org.shopdb.plugins.network.internal;

import java.time.Instant;

import org.shopdb.api.family.FamilyFields;

/**
 * The columns of {@code networkdevices} besides its key and version (the common ones live on the
 * asset, the management IP is the asset's primary network address). Types, lengths and allowed
 * values are the field schema's (schema/network.json).
 *
 * @param deviceKind {@code switch}, {@code router}, {@code accesspoint}, {@code firewall} or {@code closet}
 * @param firmware   the running firmware or OS version, e.g. {@code 17.9.4a}
 * @param closetId   the wiring closet the device sits in: the asset id of a network device of kind {@code closet}
 * @param lastSeen   when a discovery script last reported the device (read-only: collectors move it)
 */
public record NetworkDeviceFields(String deviceKind, String vendor, String model, String firmware, Long closetId, Instant lastSeen)
        implements FamilyFields {
}
