package org.shopdb.plugins.cameras.internal;

import org.shopdb.api.asset.Asset;
import org.shopdb.api.asset.AssetUpdate;
import org.shopdb.api.asset.NewAsset;

/** The asset's editable fields as a camera carries them; the asset type is always {@value CameraAssetType#CODE}. */
public record CommonFields(String assetNumber, String name, String status, Long locationId, Long businessUnitId,
        String serialNumber, String notes, boolean active) {

    NewAsset toNewAsset() {
        return new NewAsset(assetNumber, name, CameraAssetType.CODE, status, locationId, businessUnitId, serialNumber, notes);
    }

    AssetUpdate toUpdate(Asset current) {
        return new AssetUpdate(assetNumber, name, current.assetTypeCode(), status == null ? current.statusCode() : status,
                locationId, businessUnitId, serialNumber, notes, active, current.version());
    }

    /** Whether the asset already holds these values, so updating it would change nothing. */
    boolean matches(Asset asset) {
        AssetUpdate wanted = toUpdate(asset);
        return same(wanted.assetNumber(), asset.assetNumber()) && same(wanted.name(), asset.name())
                && same(wanted.statusCode(), asset.statusCode()) && same(wanted.locationId(), asset.locationId())
                && same(wanted.businessUnitId(), asset.businessUnitId()) && same(wanted.serialNumber(), asset.serialNumber())
                && same(wanted.notes(), asset.notes()) && wanted.active() == asset.active();
    }

    private static boolean same(Object a, Object b) {
        return java.util.Objects.equals(a, b);
    }
}
