package org.shopdb.core.internal.relationship.rest;

import com.fasterxml.jackson.annotation.JsonProperty;

/** JSON names of {@link org.shopdb.api.asset.AssetRelationship} (Jackson mix-in). */
public abstract class AssetRelationshipJson {

    @JsonProperty("relationshipid")
    abstract long relationshipId();

    @JsonProperty("fromassetid")
    abstract long fromAssetId();

    @JsonProperty("toassetid")
    abstract long toAssetId();
}
