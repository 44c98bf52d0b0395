package org.shopdb.core.internal.asset.rest;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * JSON names of {@link org.shopdb.api.asset.Asset}, applied as a Jackson mix-in: the
 * reference system's lower-case concatenated names, the same as the columns.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public abstract class AssetJson {

    @JsonProperty("assetid")
    abstract long assetId();

    @JsonProperty("assetnumber")
    abstract String assetNumber();

    @JsonProperty("name")
    abstract String name();

    @JsonProperty("assettype")
    abstract String assetTypeCode();

    @JsonProperty("status")
    abstract String statusCode();

    @JsonProperty("locationid")
    abstract Long locationId();

    @JsonProperty("businessunitid")
    abstract Long businessUnitId();

    @JsonProperty("serialnumber")
    abstract String serialNumber();

    @JsonProperty("notes")
    abstract String notes();

    @JsonProperty("isactive")
    abstract boolean active();

    @JsonProperty("createddate")
    abstract Instant createdDate();

    @JsonProperty("modifieddate")
    abstract Instant modifiedDate();

    @JsonProperty("version")
    abstract long version();
}
