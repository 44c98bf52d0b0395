package org.shopdb.core.internal.user.rest;

import org.shopdb.core.internal.user.NewUser;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Body of {@code POST /api/users}. */
public record NewUserBody(
        @JsonProperty("username") String username,
        @JsonProperty("role") String role,
        @JsonProperty("password") String password,
        @JsonProperty("isactive") Boolean active) {

    NewUser toNewUser() {
        return new NewUser(username, role, password, active);
    }

    @Override
    public String toString() {
        return "NewUserBody[username=" + username + ", role=" + role + ", password=***, isactive=" + active + "]";
    }
}
