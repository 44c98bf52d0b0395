package org.shopdb.core.internal.user;

/**
 * What it takes to create a user, as given: checked by {@link UserRules}.
 *
 * @param role   {@code admin}, {@code editor} or {@code viewer}
 * @param active {@code null} means active
 */
public record NewUser(String username, String role, String password, Boolean active) {

    @Override
    public String toString() {
        return "NewUser[username=" + username + ", role=" + role + ", password=***, active=" + active + "]";
    }
}
