package org.shopdb.core.internal.apikey;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.shopdb.api.error.FieldError;
import org.shopdb.api.error.ValidationException;
import org.shopdb.api.plugin.PluginCapabilities;

/**
 * Which collectors a key may post to: all of them, or the named ones. Naming a collector
 * that is not installed (yet) is allowed: keys are often made before the plugin arrives.
 *
 * @param collectors sorted, distinct names; empty when {@code all}
 */
public record ApiKeyScope(boolean all, List<String> collectors) {

    public static final ApiKeyScope ALL = new ApiKeyScope(true, List.of());
    static final int MAX_COLLECTORS = 30;

    public ApiKeyScope {
        collectors = List.copyOf(collectors);
    }

    /**
     * The scope a client asked for: {@code null} means every collector.
     *
     * @throws ValidationException for an empty list or a name no collector can have
     */
    public static ApiKeyScope of(List<String> names) {
        if (names == null) {
            return ALL;
        }
        List<FieldError> errors = new ArrayList<>();
        if (names.isEmpty()) {
            errors.add(new FieldError("collectors", "name at least one collector, or leave the field out for all collectors"));
        }
        if (names.size() > MAX_COLLECTORS) {
            errors.add(new FieldError("collectors", "at most " + MAX_COLLECTORS + " collectors; leave the field out for all"));
        }
        for (String name : names) {
            if (name == null || !name.matches(PluginCapabilities.NAME_PATTERN)) {
                errors.add(new FieldError("collectors", "'" + name + "' is not a collector name (lower-case letters and digits, starting with a letter)"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new ApiKeyScope(false, names.stream().distinct().sorted().toList());
    }

    public boolean permits(String collector) {
        return all || collectors.contains(collector);
    }

    /** As stored in {@code apikeys.collectors}: {@code null} for all. */
    String toColumn() {
        return all ? null : String.join(",", collectors);
    }

    static ApiKeyScope fromColumn(String column) {
        if (column == null) {
            return ALL;
        }
        return new ApiKeyScope(false, Arrays.stream(column.split(",")).filter(name -> !name.isBlank()).map(String::trim).toList());
    }

    @Override
    public String toString() {
        return all ? "all collectors" : String.join(", ", collectors);
    }
}
