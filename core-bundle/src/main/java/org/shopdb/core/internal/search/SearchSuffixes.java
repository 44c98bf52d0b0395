package org.shopdb.core.internal.search;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * What the contains index stores for a value, and what it looks up for a query. A value
 * contains {@code q} exactly when one of its suffixes starts with {@code q}; so every suffix of
 * at least {@link #MIN_LENGTH} characters is stored, lower-cased, cut to {@link #KEY_LENGTH}
 * characters, and a query becomes one index range: {@code suffix LIKE 'q%'}.
 *
 * <p>Queries up to {@link #KEY_LENGTH} characters are answered exactly by the range; longer
 * ones use their first {@link #KEY_LENGTH} characters and the candidates are checked against
 * the values. Trailing spaces are never stored (MySQL and MariaDB compare {@code 'a '} and
 * {@code 'a'} as equal), which keeps both properties: the query is trimmed.
 */
final class SearchSuffixes {

    /** Shortest query (and suffix), in characters, that the contains rank answers. */
    static final int MIN_LENGTH = 3;
    /** Characters stored per suffix: the width of {@code searchsuffixes.suffix}. */
    static final int KEY_LENGTH = 16;

    private SearchSuffixes() {
    }

    /** Lower-case form, the same for stored values and queries. */
    static String normal(String text) {
        return text.toLowerCase(Locale.ROOT);
    }

    /** Whether the contains rank looks for this (already trimmed) query at all. */
    static boolean searchable(String query) {
        return query.codePointCount(0, query.length()) >= MIN_LENGTH;
    }

    /**
     * The distinct keys of these values, at most {@code limit}: the suffixes of each value, in
     * order, starting at every character that leaves at least {@link #MIN_LENGTH} characters.
     */
    static Set<String> of(Collection<String> values, int limit) {
        Set<String> keys = new LinkedHashSet<>();
        for (String value : values) {
            if (value == null) {
                continue;
            }
            String lower = normal(value);
            int remaining = lower.codePointCount(0, lower.length());
            for (int start = 0; remaining >= MIN_LENGTH; start = lower.offsetByCodePoints(start, 1), remaining--) {
                String key = key(lower.substring(start));
                if (searchable(key)) {
                    keys.add(key);
                    if (keys.size() == limit) {
                        return keys;
                    }
                }
            }
        }
        return keys;
    }

    /** The stored form of a suffix, and the range a (normal) query looks up. */
    static String key(String lower) {
        int end = Math.min(lower.length(), KEY_LENGTH);
        if (end < lower.length() && Character.isHighSurrogate(lower.charAt(end - 1))) {
            end--; // never split a character outside the Basic Multilingual Plane
        }
        while (end > 0 && lower.charAt(end - 1) == ' ') {
            end--;
        }
        return lower.substring(0, end);
    }

    /** Whether every row of the query's range is a real match (the query fits in a key). */
    static boolean exact(String lowerQuery) {
        return key(lowerQuery).equals(lowerQuery);
    }
}
