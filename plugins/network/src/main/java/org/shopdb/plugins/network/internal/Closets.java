package org.shopdb.plugins.network.internal;

import java.util.Optional;

import org.shopdb.api.error.ValidationException;
import org.shopdb.api.family.FamilyItem;
import org.shopdb.api.family.FamilyStore;
import org.shopdb.api.family.Lookup;

/**
 * Wiring closets are network devices of kind {@value NetworkDeviceFamily#CLOSET}: a device's
 * {@code closetid} must name one. (The database keeps the reference itself valid; whether the
 * device it names is a closet is this rule.)
 */
public final class Closets {

    private final FamilyStore<NetworkDeviceFields> devices;

    public Closets(FamilyStore<NetworkDeviceFields> devices) {
        this.devices = devices;
    }

    /** @throws ValidationException naming {@code closetid} when it is set to anything but a wiring closet */
    public void requireCloset(Object closetId) {
        if (closetId == null) {
            return;
        }
        if (!(closetId instanceof Number number) || number.doubleValue() != Math.rint(number.doubleValue())) {
            return; // a wrong type is the field schema's to report
        }
        if (!isCloset(devices.find(number.longValue()))) {
            throw ValidationException.of("closetid", number.longValue() + " is not a wiring closet: give the asset id of a network device"
                    + " of kind closet");
        }
    }

    /**
     * The closet of that asset number, as a collector names it.
     *
     * @throws ValidationException naming {@code field} when no wiring closet has the number
     */
    public long byAssetNumber(String field, String assetNumber) {
        Optional<Long> id = devices.findId(Lookup.assetNumber(assetNumber));
        if (id.isEmpty() || !isCloset(devices.find(id.get()))) {
            throw ValidationException.of(field, "no wiring closet has asset number '" + assetNumber
                    + "'; create it first (POST /api/network with devicekind closet)");
        }
        return id.get();
    }

    private static boolean isCloset(Optional<FamilyItem<NetworkDeviceFields>> item) {
        return item.map(found -> NetworkDeviceFamily.CLOSET.equals(found.fields().deviceKind())).orElse(false);
    }
}
