package org.shopdb.core.internal.apikey;

import java.time.Instant;

/**
 * An API key as the rest of the core sees it: never the key itself nor its hash.
 *
 * @param prefix the key's first characters, for telling keys apart
 */
public record ApiKey(long apiKeyId, String name, String prefix, ApiKeyScope scope, String createdBy,
        Instant createdDate, Instant lastUsedDate, Instant revokedDate) {

    public boolean active() {
        return revokedDate == null;
    }
}
