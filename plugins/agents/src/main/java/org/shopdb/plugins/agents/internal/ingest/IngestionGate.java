package org.shopdb.plugins.agents.internal.ingest;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.shopdb.plugins.agents.internal.protocol.AgentRequestException;

/**
 * Lets a bounded number of inventories be stored at once. Each holds a pooled database
 * connection for its whole transaction; hundreds of agents reporting at the same hour would
 * otherwise take every connection, and requests (theirs and everyone else's) would time out
 * waiting for one. The others wait their turn, first come first served, for a bounded time.
 */
final class IngestionGate {

    private final Semaphore turns;
    private final int parallel;
    private final Duration wait;

    IngestionGate(int parallel, Duration wait) {
        this.turns = new Semaphore(parallel, true);
        this.parallel = parallel;
        this.wait = wait;
    }

    /** @throws AgentRequestException 503 with {@code Retry-After} when no turn came within the wait */
    <T> T inTurn(Supplier<T> work) {
        boolean turn;
        try {
            turn = turns.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw AgentRequestException.unavailable("The inventory was not stored: the server is stopping");
        }
        if (!turn) {
            throw AgentRequestException.unavailable("The inventory waited " + wait.toSeconds() + " s behind " + parallel
                    + " others being stored (SHOPDB_AGENT_PARALLEL_INVENTORIES) and was not stored; try again later");
        }
        try {
            return work.get();
        } finally {
            turns.release();
        }
    }
}
