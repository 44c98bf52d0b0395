package org.shopdb.itests;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Keeps GET requests going at a set of paths, each path on a thread of its own, and counts
 * what did not answer 200: for measuring what a live change (plugin install, upgrade,
 * uninstall) does to the requests being served meanwhile.
 */
public final class SteadyLoad implements AutoCloseable {

    /** What one path saw: answers 200, other answers (or no answer), and the longest time between two 200s. */
    public record Tally(String path, long ok, long failed, long longestGapMillis, String firstFailure) {
    }

    private final Http http;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final Map<String, Counter> counters = new LinkedHashMap<>();
    private final List<Thread> threads = new ArrayList<>();

    private static final class Counter {
        long ok;
        long failed;
        long lastOk = System.nanoTime();
        long longestGap;
        String firstFailure;
    }

    public SteadyLoad(Http http, String... paths) {
        this.http = http;
        for (String path : paths) {
            Counter counter = new Counter();
            counters.put(path, counter);
            Thread thread = new Thread(() -> hammer(path, counter), "steady-load " + path);
            threads.add(thread);
            thread.start();
        }
    }

    private void hammer(String path, Counter counter) {
        while (running.get()) {
            String failure;
            try {
                Http.Reply reply = http.get(path);
                failure = reply.status() == 200 ? null : reply.status() + " " + reply.body();
            } catch (Exception e) {
                failure = e.toString();
            }
            synchronized (counter) {
                long now = System.nanoTime();
                if (failure == null) {
                    counter.ok++;
                    counter.longestGap = Math.max(counter.longestGap, now - counter.lastOk);
                    counter.lastOk = now;
                } else {
                    counter.failed++;
                    if (counter.firstFailure == null) {
                        counter.firstFailure = failure.length() > 200 ? failure.substring(0, 200) : failure;
                    }
                }
            }
        }
    }

    /** Stops the requests and says what each path saw. */
    public List<Tally> stop() throws InterruptedException {
        running.set(false);
        for (Thread thread : threads) {
            thread.join();
        }
        List<Tally> tallies = new ArrayList<>();
        counters.forEach((path, counter) -> {
            synchronized (counter) {
                long gap = Math.max(counter.longestGap, System.nanoTime() - counter.lastOk);
                tallies.add(new Tally(path, counter.ok, counter.failed, gap / 1_000_000, counter.firstFailure));
            }
        });
        return tallies;
    }

    @Override
    public void close() throws InterruptedException {
        if (running.get()) {
            stop();
        }
    }
}
