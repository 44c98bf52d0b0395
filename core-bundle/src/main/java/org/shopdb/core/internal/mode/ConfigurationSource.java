package org.shopdb.core.internal.mode;

import java.util.Map;
import java.util.function.Function;

/**
 * Effective setting values as the components that use them see them: the environment
 * variable when set, else the property of the configuration file ({@code etc/*.cfg}).
 */
final class ConfigurationSource {

    private final Function<String, String> env;
    private final Map<String, ?> properties;

    ConfigurationSource(Function<String, String> env, Map<String, ?> properties) {
        this.env = env;
        this.properties = properties;
    }

    /** The value of {@code variable}, falling back to {@code property} of the merged configuration; blank as null. */
    String value(String variable, String property) {
        String fromEnv = env.apply(variable);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return fromEnv.trim();
        }
        Object fromFile = property == null ? null : properties.get(property);
        if (fromFile == null || String.valueOf(fromFile).isBlank()) {
            return null;
        }
        return String.valueOf(fromFile).trim();
    }
}
