package org.shopdb.api.audit;

import java.util.Objects;

/** Who made a change: a user, an API key (collectors) or ShopDB itself. */
public record Actor(String name, Kind kind) {

    public enum Kind { USER, API_KEY, SYSTEM }

    public Actor {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
    }

    public static Actor user(String username) {
        return new Actor(username, Kind.USER);
    }

    public static Actor apiKey(String keyName) {
        return new Actor(keyName, Kind.API_KEY);
    }

    public static Actor system() {
        return new Actor("system", Kind.SYSTEM);
    }
}
