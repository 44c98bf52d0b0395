package org.shopdb.core.internal.user.rest;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Body of {@code PUT /api/users/{id}/password}. */
public record PasswordBody(@JsonProperty("password") String password) {

    @Override
    public String toString() {
        return "PasswordBody[password=***]";
    }
}
