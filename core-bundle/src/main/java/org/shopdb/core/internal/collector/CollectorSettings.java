package org.shopdb.core.internal.collector;

import java.util.function.Function;

import org.shopdb.core.internal.settings.SettingValues;

/**
 * Limits of collector requests, from the environment. Batches are larger than any other
 * request, so they have limits of their own.
 *
 * @param maxBodyBytes largest body taken, in bytes; more is answered 413
 * @param maxRecords   most records in one batch; more is answered 413
 */
public record CollectorSettings(long maxBodyBytes, int maxRecords) {

    public static final String ENV_MAX_BODY_BYTES = "SHOPDB_COLLECTOR_MAX_BODY_BYTES";
    public static final String ENV_MAX_RECORDS = "SHOPDB_COLLECTOR_MAX_RECORDS";
    static final long DEFAULT_MAX_BODY_BYTES = 10L * 1024 * 1024;
    static final int DEFAULT_MAX_RECORDS = 5000;

    /** @throws IllegalArgumentException naming the variable when a value is not a positive whole number */
    public static CollectorSettings resolve(Function<String, String> env) {
        long bytes = SettingValues.positive(ENV_MAX_BODY_BYTES, env.apply(ENV_MAX_BODY_BYTES), DEFAULT_MAX_BODY_BYTES);
        long records = SettingValues.positive(ENV_MAX_RECORDS, env.apply(ENV_MAX_RECORDS), DEFAULT_MAX_RECORDS);
        if (records > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(ENV_MAX_RECORDS + " is too large: " + records);
        }
        return new CollectorSettings(bytes, (int) records);
    }
}
