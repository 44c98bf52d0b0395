package org.shopdb.core.internal.auth;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Answer of login and refresh: the token, when it expires, and who it is for. */
public record SessionView(String token, @JsonProperty("expiresat") Instant expiresAt, UserView user) {

    /** The signed-in user as the API shows it. */
    public record UserView(String username, String role) {
    }
}
