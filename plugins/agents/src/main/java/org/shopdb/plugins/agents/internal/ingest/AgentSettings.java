package org.shopdb.plugins.agents.internal.ingest;

import java.time.Duration;
import java.util.function.Function;

/**
 * Limits and answers of the agent endpoints, from the environment.
 *
 * @param maxInventoryBytes largest inventory taken once unpacked; a larger one is refused with 413
 * @param bodyTimeout       time a request body may take to arrive; a slower one is refused with 408
 * @param prologFrequencyHours how often (hours) the FusionInventory agent is told to come back ({@code PROLOG_FREQ})
 * @param parallelInventories  how many inventories are stored at once, each holding a database connection
 *                             for its transaction; the others wait their turn
 * @param queueTimeout         how long an inventory may wait for its turn; past it, 503 with {@code Retry-After}
 */
public record AgentSettings(long maxInventoryBytes, Duration bodyTimeout, int prologFrequencyHours, int parallelInventories,
        Duration queueTimeout) {

    public static final String ENV_MAX_INVENTORY_BYTES = "SHOPDB_AGENT_MAX_INVENTORY_BYTES";
    public static final String ENV_BODY_TIMEOUT_SECONDS = "SHOPDB_AGENT_BODY_TIMEOUT_SECONDS";
    public static final String ENV_PROLOG_FREQ_HOURS = "SHOPDB_AGENT_PROLOG_FREQ_HOURS";
    public static final String ENV_PARALLEL_INVENTORIES = "SHOPDB_AGENT_PARALLEL_INVENTORIES";
    public static final String ENV_QUEUE_TIMEOUT_SECONDS = "SHOPDB_AGENT_QUEUE_TIMEOUT_SECONDS";
    static final long DEFAULT_MAX_INVENTORY_BYTES = 32L * 1024 * 1024;
    static final long DEFAULT_BODY_TIMEOUT_SECONDS = 60;
    static final long DEFAULT_PROLOG_FREQ_HOURS = 24;
    /**
     * One at a time: on MariaDB, inventories stored side by side deadlock on the search index's and the catalog's
     * rows (gap locks) often enough that retries run out under hundreds of agents; one connection of the pool's 10.
     */
    static final long DEFAULT_PARALLEL_INVENTORIES = 1;
    static final long DEFAULT_QUEUE_TIMEOUT_SECONDS = 120;

    /** @throws IllegalArgumentException naming the variable for a value that is not a positive whole number */
    public static AgentSettings resolve(Function<String, String> env) {
        return new AgentSettings(positive(ENV_MAX_INVENTORY_BYTES, env, DEFAULT_MAX_INVENTORY_BYTES),
                Duration.ofSeconds(positive(ENV_BODY_TIMEOUT_SECONDS, env, DEFAULT_BODY_TIMEOUT_SECONDS)),
                (int) Math.min(Integer.MAX_VALUE, positive(ENV_PROLOG_FREQ_HOURS, env, DEFAULT_PROLOG_FREQ_HOURS)),
                (int) Math.min(Integer.MAX_VALUE, positive(ENV_PARALLEL_INVENTORIES, env, DEFAULT_PARALLEL_INVENTORIES)),
                Duration.ofSeconds(positive(ENV_QUEUE_TIMEOUT_SECONDS, env, DEFAULT_QUEUE_TIMEOUT_SECONDS)));
    }

    private static long positive(String name, Function<String, String> env, long fallback) {
        String raw = env.apply(name);
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            long value = Long.parseLong(raw.trim());
            if (value > 0) {
                return value;
            }
        } catch (NumberFormatException notANumber) {
            // reported below, with the variable's name
        }
        throw new IllegalArgumentException(name + " must be a positive whole number, got '" + raw + "'");
    }
}
