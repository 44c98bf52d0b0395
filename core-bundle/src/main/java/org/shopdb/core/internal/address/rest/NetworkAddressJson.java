package org.shopdb.core.internal.address.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** JSON names of {@link org.shopdb.api.asset.NetworkAddress} (Jackson mix-in). */
@JsonInclude(JsonInclude.Include.ALWAYS)
public abstract class NetworkAddressJson {

    @JsonProperty("addressid")
    abstract long addressId();

    @JsonProperty("assetid")
    abstract long assetId();

    @JsonProperty("ipaddress")
    abstract String ipAddress();

    @JsonProperty("macaddress")
    abstract String macAddress();

    @JsonProperty("isprimary")
    abstract boolean primary();
}
