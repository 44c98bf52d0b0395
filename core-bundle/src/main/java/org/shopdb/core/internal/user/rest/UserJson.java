package org.shopdb.core.internal.user.rest;

import java.time.Instant;

import org.shopdb.core.internal.auth.UserAccount;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** A user as the API shows it. Built field by field from {@link UserAccount}, which holds no password hash to leak. */
public record UserJson(
        @JsonProperty("userid") long userId,
        @JsonProperty("username") String username,
        @JsonProperty("role") String role,
        @JsonProperty("isactive") boolean active,
        @JsonProperty("createddate") Instant createdDate,
        @JsonProperty("modifieddate") Instant modifiedDate,
        @JsonProperty("lastlogindate") @JsonInclude(JsonInclude.Include.ALWAYS) Instant lastLoginDate) {

    static UserJson of(UserAccount user) {
        return new UserJson(user.userId(), user.username(), user.role().code(), user.active(), user.createdDate(),
                user.modifiedDate(), user.lastLoginDate());
    }
}
