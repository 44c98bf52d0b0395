package org.shopdb.core.internal.settings;

/** Reading settings given as text (environment variables, configuration values), with errors naming the setting. */
public final class SettingValues {

    private SettingValues() {
    }

    /**
     * The value as a positive whole number; {@code fallback} when it is missing or blank.
     *
     * @throws IllegalArgumentException naming the setting when the value is anything else
     */
    public static long positive(String name, String raw, long fallback) {
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            long value = Long.parseLong(raw.trim());
            if (value > 0) {
                return value;
            }
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        throw new IllegalArgumentException(name + " must be a positive whole number, got '" + raw + "'");
    }
}
