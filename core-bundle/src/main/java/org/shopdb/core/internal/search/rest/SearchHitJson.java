package org.shopdb.core.internal.search.rest;

import com.fasterxml.jackson.annotation.JsonProperty;

/** JSON names of {@link org.shopdb.api.search.SearchHit} (Jackson mix-in). */
public abstract class SearchHitJson {

    @JsonProperty("assetid")
    abstract long assetId();

    @JsonProperty("assetnumber")
    abstract String assetNumber();

    @JsonProperty("assettype")
    abstract String assetTypeCode();

    @JsonProperty("matchedfield")
    abstract String matchedField();

    @JsonProperty("matchedvalue")
    abstract String matchedValue();
}
