package org.shopdb.core.internal.auth;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Answer of {@code GET /api/auth/me}. */
public record MeView(String username, String role, @JsonProperty("tokenexpiresat") Instant tokenExpiresAt) {
}
