package org.shopdb.core.internal.apikey.rest;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What a client sends to create a key.
 *
 * @param collectors the collectors the key may post to; left out: all of them
 */
public record ApiKeyBody(@JsonProperty("name") String name, @JsonProperty("collectors") List<String> collectors) {
}
