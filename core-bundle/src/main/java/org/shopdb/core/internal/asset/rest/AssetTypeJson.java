package org.shopdb.core.internal.asset.rest;

import com.fasterxml.jackson.annotation.JsonProperty;

/** JSON names of {@link org.shopdb.api.asset.AssetType} (Jackson mix-in). */
public abstract class AssetTypeJson {

    @JsonProperty("assettypeid")
    abstract long assetTypeId();

    @JsonProperty("isactive")
    abstract boolean active();
}
