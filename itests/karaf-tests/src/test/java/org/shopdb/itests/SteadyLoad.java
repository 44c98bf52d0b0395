package org.shopdb.itests;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Keeps GET requests going at a set of paths, each path on threads of its own (one each, or
 * {@code clientsPerPath}), and counts what did not answer 200: for measuring what a live change
 * (plugin install, upgrade, uninstall) does to the requests being served meanwhile.
 */
public final class SteadyLoad implements AutoCloseable {

    /** What one path saw: answers 200, other answers (or no answer), and the longest time between two 200s. */
    public record Tally(String path, long ok, long failed, long longestGapMillis, String firstFailure, List<Long> failedAtMillis) {
    }

    private static final int MAX_FAILURE_TIMES = 20;
    private final Http http;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final Map<String, Counter> counters = new LinkedHashMap<>();
    private final List<Thread> threads = new ArrayList<>();
    private final long started = System.nanoTime();

    private static final class Counter {
        long ok;
        long failed;
        long lastOk = System.nanoTime();
        long longestGap;
        String firstFailure;
        final List<Long> failedAt = new ArrayList<>();
    }

    public SteadyLoad(Http http, String... paths) {
        this(http, 1, paths);
    }

    public SteadyLoad(Http http, int clientsPerPath, String... paths) {
        this.http = http;
        for (String path : paths) {
            Counter counter = new Counter();
            counters.put(path, counter);
            for (int client = 0; client < clientsPerPath; client++) {
                Thread thread = new Thread(() -> hammer(path, counter), "steady-load " + path + " #" + client);
                threads.add(thread);
                thread.start();
            }
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
                    if (counter.failedAt.size() < MAX_FAILURE_TIMES) {
                        counter.failedAt.add((now - started) / 1_000_000);
                    }
                    if (counter.firstFailure == null) {
                        counter.firstFailure = failure.length() > 200 ? failure.substring(0, 200) : failure;
                    }
                }
            }
        }
    }

    /** Milliseconds since the load started, for telling when something happened against {@link Tally#failedAtMillis()}. */
    public long elapsedMillis() {
        return (System.nanoTime() - started) / 1_000_000;
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
                tallies.add(new Tally(path, counter.ok, counter.failed, gap / 1_000_000, counter.firstFailure, List.copyOf(counter.failedAt)));
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
