package org.shopdb.core.internal.search;

import java.util.Collection;
import java.util.List;

/**
 * A value global search looks into, and the field a hit on it is reported as
 * ({@code matchedfield}). A MAC address is also indexed without its colons, so that
 * {@code 3c4d5e} finds {@code 00:1A:2B:3C:4D:5E}.
 */
record SearchableValue(String field, String value) {

    static final String MAC_ADDRESS = "macaddress";

    /** The texts the value is indexed under. */
    List<String> texts() {
        return MAC_ADDRESS.equals(field) ? List.of(value, value.replace(":", "")) : List.of(value);
    }

    boolean contains(String lowerQuery) {
        return texts().stream().anyMatch(text -> SearchSuffixes.normal(text).contains(lowerQuery));
    }

    static List<String> texts(Collection<SearchableValue> values) {
        return values.stream().flatMap(value -> value.texts().stream()).toList();
    }
}
