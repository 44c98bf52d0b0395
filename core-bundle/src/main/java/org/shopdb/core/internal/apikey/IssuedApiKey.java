package org.shopdb.core.internal.apikey;

/**
 * A key just made: the only moment its secret exists outside the client.
 *
 * @param secret the whole key, to hand to the client once
 */
public record IssuedApiKey(ApiKey apiKey, String secret) {

    @Override
    public String toString() {
        return "IssuedApiKey[" + apiKey + ", secret=(hidden)]";
    }
}
