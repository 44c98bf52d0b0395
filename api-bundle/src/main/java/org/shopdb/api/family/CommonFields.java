package org.shopdb.api.family;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.shopdb.api.asset.Asset;
import org.shopdb.api.asset.AssetUpdate;
import org.shopdb.api.asset.NewAsset;

/**
 * The editable fields every asset has, as an item of a family carries them; they live on the
 * {@code assets} row and are written through {@link org.shopdb.api.asset.AssetService}.
 *
 * @param status an asset status code ({@code /api/statuses}); {@code null}: the current one, or {@code inservice} for a new item
 * @param isActive {@code null}: the current value, or {@code true} for a new item (JSON {@code isactive})
 */
public record CommonFields(String assetNumber, String name, String status, Long locationId, Long businessUnitId,
        String serialNumber, String notes, Boolean isActive) {

    /** The JSON (and column) names of the common fields: {@code assetnumber}, {@code name}, {@code status}, … */
    public static final List<String> NAMES = RecordFields.names(CommonFields.class);

    public static CommonFields of(Asset asset) {
        return new CommonFields(asset.assetNumber(), asset.name(), asset.statusCode(), asset.locationId(), asset.businessUnitId(),
                asset.serialNumber(), asset.notes(), asset.active());
    }

    public NewAsset toNewAsset(String typeCode) {
        return new NewAsset(assetNumber, name, typeCode, status, locationId, businessUnitId, serialNumber, notes);
    }

    public AssetUpdate toUpdate(Asset current) {
        return new AssetUpdate(assetNumber, name, current.assetTypeCode(), status == null ? current.statusCode() : status,
                locationId, businessUnitId, serialNumber, notes, isActive == null ? current.active() : isActive, current.version());
    }

    /** Whether the asset holds these values already, so that updating it would change nothing. */
    public boolean matches(Asset asset) {
        AssetUpdate wanted = toUpdate(asset);
        return Objects.equals(wanted.assetNumber(), asset.assetNumber()) && Objects.equals(wanted.name(), asset.name())
                && Objects.equals(wanted.statusCode(), asset.statusCode()) && Objects.equals(wanted.locationId(), asset.locationId())
                && Objects.equals(wanted.businessUnitId(), asset.businessUnitId())
                && Objects.equals(wanted.serialNumber(), asset.serialNumber()) && Objects.equals(wanted.notes(), asset.notes())
                && wanted.active() == asset.active();
    }

    /** Under their JSON names ({@link RecordFields}' rule), in {@link #NAMES} order. */
    public Map<String, Object> byName() {
        return RecordFields.byName(this);
    }
}
