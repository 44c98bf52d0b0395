package org.shopdb.core.internal.rest;

import org.shopdb.api.asset.Asset;
import org.shopdb.api.asset.AssetRelationship;
import org.shopdb.api.asset.AssetType;
import org.shopdb.api.asset.NetworkAddress;
import org.shopdb.api.audit.AuditEntry;
import org.shopdb.api.reference.AssetStatus;
import org.shopdb.api.reference.BusinessUnit;
import org.shopdb.api.reference.Location;
import org.shopdb.api.search.SearchHit;
import org.shopdb.core.internal.address.rest.NetworkAddressJson;
import org.shopdb.core.internal.asset.rest.AssetJson;
import org.shopdb.core.internal.asset.rest.AssetTypeJson;
import org.shopdb.core.internal.audit.AuditEntryJson;
import org.shopdb.core.internal.reference.rest.ReferenceDataJson;
import org.shopdb.core.internal.relationship.rest.AssetRelationshipJson;
import org.shopdb.core.internal.search.rest.SearchHitJson;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * ShopDB's JSON settings: ISO-8601 times, no nulls, unknown properties rejected, and the
 * API's lower-case concatenated field names for the contract's records (mix-ins).
 */
public final class Json {

    public static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .addMixIn(Asset.class, AssetJson.class)
            .addMixIn(AssetType.class, AssetTypeJson.class)
            .addMixIn(AuditEntry.class, AuditEntryJson.class)
            .addMixIn(AssetStatus.class, ReferenceDataJson.StatusJson.class)
            .addMixIn(BusinessUnit.class, ReferenceDataJson.BusinessUnitJson.class)
            .addMixIn(Location.class, ReferenceDataJson.LocationJson.class)
            .addMixIn(NetworkAddress.class, NetworkAddressJson.class)
            .addMixIn(SearchHit.class, SearchHitJson.class)
            .addMixIn(AssetRelationship.class, AssetRelationshipJson.class)
            .build();

    private Json() {
    }
}
