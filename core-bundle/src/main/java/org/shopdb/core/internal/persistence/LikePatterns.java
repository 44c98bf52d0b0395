package org.shopdb.core.internal.persistence;

/**
 * User text inside JPQL {@code LIKE} patterns: wildcards typed by the user match
 * themselves, not "anything". Queries use {@code escape '!'}.
 */
public final class LikePatterns {

    private LikePatterns() {
    }

    public static String literal(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
