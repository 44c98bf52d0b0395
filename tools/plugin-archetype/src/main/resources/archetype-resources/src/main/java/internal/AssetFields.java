package ${package}.internal;

import java.util.Objects;

import org.shopdb.api.asset.Asset;
import org.shopdb.api.asset.AssetUpdate;
import org.shopdb.api.asset.NewAsset;

/**
 * The common fields every asset has, as a ${pluginName} item carries them; they live on the
 * core's {@code assets} row and are written through {@link org.shopdb.api.asset.AssetService}.
 * The asset type is always {@value ${entityName}AssetType#CODE}.
 *
 * @param status an asset status code ({@code /api/statuses}); {@code null} keeps the current one, or {@code inservice}
 * @param active {@code null} keeps the current value, or {@code true}
 */
public record AssetFields(String assetNumber, String name, String status, Long locationId, Long businessUnitId,
        String serialNumber, String notes, Boolean active) {

    public NewAsset toNewAsset() {
        return new NewAsset(assetNumber, name, ${entityName}AssetType.CODE, status, locationId, businessUnitId, serialNumber, notes);
    }

    public AssetUpdate toUpdate(Asset current) {
        return new AssetUpdate(assetNumber, name, current.assetTypeCode(), status == null ? current.statusCode() : status,
                locationId, businessUnitId, serialNumber, notes, active == null ? current.active() : active, current.version());
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
}
