package ${package}.internal;

import java.time.Instant;

import org.shopdb.api.asset.Asset;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A ${pluginName} item as the API hands it out: the asset's common fields and the plugin's own,
 * flat, under the lower-case concatenated column names.
 *
 * @param version optimistic-lock version of the asset and the plugin row together: it grows with
 *                every change to either; an update must send the one it read
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ${entityName}(
        @JsonProperty("assetid") long assetId,
        @JsonProperty("assetnumber") String assetNumber,
        @JsonProperty("name") String name,
        @JsonProperty("status") String status,
        @JsonProperty("locationid") Long locationId,
        @JsonProperty("businessunitid") Long businessUnitId,
        @JsonProperty("serialnumber") String serialNumber,
        @JsonProperty("notes") String notes,
        @JsonProperty("isactive") boolean active,
        @JsonProperty("vendor") String vendor,
        @JsonProperty("model") String model,
        @JsonProperty("createddate") Instant createdDate,
        @JsonProperty("modifieddate") Instant modifiedDate,
        @JsonProperty("version") long version) {

    /** @param stored the plugin row, or {@code null} for an asset of this type created elsewhere (e.g. /api/assets) */
    public static ${entityName} of(Asset asset, Stored${entityName} stored) {
        ${entityName}Fields fields = stored == null ? ${entityName}Fields.empty() : stored.fields();
        return new ${entityName}(asset.assetId(), asset.assetNumber(), asset.name(), asset.statusCode(), asset.locationId(),
                asset.businessUnitId(), asset.serialNumber(), asset.notes(), asset.active(), fields.vendor(), fields.model(),
                asset.createdDate(), asset.modifiedDate(), asset.version() + (stored == null ? 0 : stored.version()));
    }

    public ${entityName}Fields fields() {
        return new ${entityName}Fields(vendor, model);
    }
}
