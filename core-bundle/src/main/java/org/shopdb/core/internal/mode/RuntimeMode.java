package org.shopdb.core.internal.mode;

import java.util.Locale;
import java.util.Optional;

/** How strictly ShopDB treats its configuration, chosen by {@value #ENV_MODE}. */
public enum RuntimeMode {
    DEVELOPMENT, PRODUCTION;

    public static final String ENV_MODE = "SHOPDB_MODE";

    /** The mode named by the value; blank means development, anything unknown is empty. */
    static Optional<RuntimeMode> parse(String value) {
        if (value == null || value.isBlank()) {
            return Optional.of(DEVELOPMENT);
        }
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "development" -> Optional.of(DEVELOPMENT);
            case "production" -> Optional.of(PRODUCTION);
            default -> Optional.empty();
        };
    }
}
