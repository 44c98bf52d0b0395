package org.shopdb.plugins.agents.internal.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.shopdb.plugins.agents.internal.protocol.AgentRequestException;

class IngestionGateTest {

    @Test
    void noMoreThanTheGivenNumberAreStoredAtOnceAndAllGetTheirTurn() throws Exception {
        IngestionGate gate = new IngestionGate(3, Duration.ofSeconds(30));
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        ExecutorService agents = Executors.newFixedThreadPool(40);
        try {
            List<Future<Integer>> stored = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                int agent = i;
                stored.add(agents.submit(() -> gate.inTurn(() -> {
                    most.accumulateAndGet(inside.incrementAndGet(), Math::max);
                    try {
                        Thread.sleep(5);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    inside.decrementAndGet();
                    return agent;
                })));
            }
            for (int i = 0; i < 40; i++) {
                assertEquals(i, stored.get(i).get(30, TimeUnit.SECONDS));
            }
        } finally {
            agents.shutdownNow();
        }
        assertTrue(most.get() <= 3, "at most 3 at once, saw " + most.get());
    }

    @Test
    void anInventoryWhoseTurnDoesNotComeInTimeIs503WithRetryAfter() throws Exception {
        IngestionGate gate = new IngestionGate(1, Duration.ofMillis(200));
        CountDownLatch storing = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(1);
        Thread slow = new Thread(() -> gate.inTurn(() -> {
            storing.countDown();
            try {
                done.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return null;
        }));
        slow.start();
        assertTrue(storing.await(10, TimeUnit.SECONDS));
        AgentRequestException busy = assertThrows(AgentRequestException.class, () -> gate.inTurn(() -> "never"));
        assertEquals(503, busy.status());
        assertTrue(busy.retryAfterSeconds() > 0);
        assertTrue(busy.getMessage().contains("SHOPDB_AGENT_PARALLEL_INVENTORIES"), busy.getMessage());
        done.countDown();
        slow.join(10_000);
        assertEquals("stored", gate.inTurn(() -> "stored"), "the turn is given back");
    }
}
