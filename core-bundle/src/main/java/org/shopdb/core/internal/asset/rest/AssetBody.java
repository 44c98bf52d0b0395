package org.shopdb.core.internal.asset.rest;

import java.util.ArrayList;
import java.util.List;

import org.shopdb.api.asset.AssetUpdate;
import org.shopdb.api.asset.NewAsset;
import org.shopdb.api.error.FieldError;
import org.shopdb.api.error.ValidationException;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What a client sends to create or replace an asset. */
public record AssetBody(
        @JsonProperty("assetnumber") String assetNumber,
        @JsonProperty("name") String name,
        @JsonProperty("assettype") String assetType,
        @JsonProperty("status") String status,
        @JsonProperty("locationid") Long locationId,
        @JsonProperty("businessunitid") Long businessUnitId,
        @JsonProperty("serialnumber") String serialNumber,
        @JsonProperty("notes") String notes,
        @JsonProperty("isactive") Boolean active,
        @JsonProperty("version") Long version) {

    NewAsset toNewAsset() {
        return new NewAsset(assetNumber, name, assetType, status, locationId, businessUnitId, serialNumber, notes);
    }

    /** @throws ValidationException when {@code version} is missing: an update must say what it is based on */
    AssetUpdate toUpdate() {
        List<FieldError> errors = new ArrayList<>();
        if (version == null) {
            errors.add(new FieldError("version", "is required: send the version you read, so no one else's change is overwritten"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new AssetUpdate(assetNumber, name, assetType, status, locationId, businessUnitId, serialNumber, notes,
                active == null || active, version);
    }
}
