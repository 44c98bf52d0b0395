package org.shopdb.core.internal.apikey.rest;

import java.time.Instant;
import java.util.List;

import org.shopdb.core.internal.apikey.ApiKey;
import org.shopdb.core.internal.apikey.IssuedApiKey;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * An API key as the API shows it. {@code key} is only there in the answer to its creation,
 * the one time the secret is ever shown.
 */
public record ApiKeyView(
        @JsonProperty("apikeyid") long apiKeyId,
        @JsonProperty("name") String name,
        @JsonProperty("prefix") String prefix,
        @JsonProperty("allcollectors") boolean allCollectors,
        @JsonProperty("collectors") List<String> collectors,
        @JsonProperty("isactive") boolean active,
        @JsonProperty("createdby") String createdBy,
        @JsonProperty("createddate") Instant createdDate,
        @JsonProperty("lastuseddate") Instant lastUsedDate,
        @JsonProperty("revokeddate") Instant revokedDate,
        @JsonProperty("key") String key) {

    static ApiKeyView of(ApiKey key) {
        return new ApiKeyView(key.apiKeyId(), key.name(), key.prefix(), key.scope().all(), key.scope().collectors(), key.active(),
                key.createdBy(), key.createdDate(), key.lastUsedDate(), key.revokedDate(), null);
    }

    static ApiKeyView of(IssuedApiKey issued) {
        ApiKey key = issued.apiKey();
        return new ApiKeyView(key.apiKeyId(), key.name(), key.prefix(), key.scope().all(), key.scope().collectors(), key.active(),
                key.createdBy(), key.createdDate(), key.lastUsedDate(), key.revokedDate(), issued.secret());
    }
}
