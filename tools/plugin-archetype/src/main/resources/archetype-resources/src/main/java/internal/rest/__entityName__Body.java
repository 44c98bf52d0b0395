package ${package}.internal.rest;

import org.shopdb.api.error.ValidationException;
import ${package}.internal.AssetFields;
import ${package}.internal.${entityName}Fields;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What a client sends to create or replace a ${pluginName} item; unknown fields are refused by the core's JSON provider. */
public record ${entityName}Body(
        @JsonProperty("assetnumber") String assetNumber,
        @JsonProperty("name") String name,
        @JsonProperty("status") String status,
        @JsonProperty("locationid") Long locationId,
        @JsonProperty("businessunitid") Long businessUnitId,
        @JsonProperty("serialnumber") String serialNumber,
        @JsonProperty("notes") String notes,
        @JsonProperty("isactive") Boolean active,
        @JsonProperty("vendor") String vendor,
        @JsonProperty("model") String model,
        @JsonProperty("version") Long version) {

    AssetFields common() {
        return new AssetFields(assetNumber, name, status, locationId, businessUnitId, serialNumber, notes, active);
    }

    ${entityName}Fields fields() {
        return new ${entityName}Fields(vendor, model);
    }

    /** @throws ValidationException when missing: an update must say which version it is based on */
    long requiredVersion() {
        if (version == null) {
            throw ValidationException.of("version", "is required: send the version you read, so that no one else's change is overwritten");
        }
        return version;
    }
}
