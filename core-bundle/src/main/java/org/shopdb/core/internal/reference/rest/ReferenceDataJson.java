package org.shopdb.core.internal.reference.rest;

import com.fasterxml.jackson.annotation.JsonProperty;

/** JSON names of the reference-data records (Jackson mix-ins). */
public final class ReferenceDataJson {

    private ReferenceDataJson() {
    }

    public abstract static class StatusJson {
        @JsonProperty("statusid")
        abstract long statusId();

        @JsonProperty("sortorder")
        abstract int sortOrder();
    }

    public abstract static class BusinessUnitJson {
        @JsonProperty("businessunitid")
        abstract long businessUnitId();

        @JsonProperty("isactive")
        abstract boolean active();
    }

    public abstract static class LocationJson {
        @JsonProperty("locationid")
        abstract long locationId();

        @JsonProperty("parentid")
        abstract Long parentId();

        @JsonProperty("isactive")
        abstract boolean active();
    }
}
