package org.shopdb.core.internal.user.rest;

import org.shopdb.core.internal.user.UserChange;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Body of {@code PUT /api/users/{id}}: both fields, so that nothing changes by leaving one out. */
public record UserUpdateBody(
        @JsonProperty("role") String role,
        @JsonProperty("isactive") Boolean active) {

    UserChange toChange() {
        return new UserChange(role, active);
    }
}
