package org.shopdb.itests;

import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asks one route of a plugin being installed again and again, each request as soon as the last
 * answered, on a thread of its own, and keeps every answer that is neither of the two allowed
 * while a plugin arrives (ADR 0009): the core's JSON {@code 404} envelope while the plugin's
 * routes are not there yet, and the whole answer ({@code whole}) from the first time they answer.
 * An HTML {@code 404}, an empty or partial {@code 200}, a {@code 5xx}, or a {@code 404} after a
 * whole answer are wrong. While a plugin departs it is the other way round: whole answers, then
 * from the first core {@code 404} on, only that.
 */
public final class RouteWatch implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RouteWatch.class);

    private static final int KEPT = 10;
    /** How long the routes are still watched after they first answered whole: a rebuild after that moment would show. */
    static final Duration AFTER_FIRST_WHOLE = Duration.ofSeconds(2);

    /**
     * WARN fragments of the core's hold that mean it let requests go without proving the plugin's
     * endpoint whole: it could not look into the CXF servlet, or an expected resource never joined.
     */
    private static final List<String> UNPROVEN = List.of("is no CXF servlet", "its endpoint still does not serve");

    /** A change that may throw, such as a console command. */
    @FunctionalInterface
    public interface Change {
        void run() throws Exception;
    }
    private final Http http;
    private final String path;
    private final Predicate<Http.Reply> whole;
    /** Watching a plugin go: whole answers first, then the core's 404. */
    private final boolean departing;
    private final Thread thread;
    private final long started = System.nanoTime();
    private volatile boolean running = true;
    private final List<String> wrong = new ArrayList<>();
    private long absent;
    private long wholeAnswers;
    private long wrongAnswers;
    private long firstWholeMillis = -1;
    private long firstAbsentMillis = -1;

    public RouteWatch(Http http, String path, Predicate<Http.Reply> whole) {
        this(http, path, whole, false);
    }

    private RouteWatch(Http http, String path, Predicate<Http.Reply> whole, boolean departing) {
        this.http = http;
        this.path = path;
        this.whole = whole;
        this.departing = departing;
        this.thread = new Thread(this::watch, "route-watch " + path);
        thread.start();
    }

    /**
     * Makes {@code change} (a {@code feature:install}) with each route watched from the moment it is
     * issued until it answered whole, and {@link #AFTER_FIRST_WHOLE} longer; fails on any wrong answer,
     * and if the core's hold let the requests go without seeing every resource in the plugin's CXF
     * endpoint (ADR 0009).
     */
    public static void whileArriving(Http http, Change change, Duration timeout, Map<String, Predicate<Http.Reply>> routes) throws Exception {
        long unprovenBefore = unproven();
        watchThrough(http, change, timeout, routes, false);
        assertTrue("the hold saw the plugin's endpoint whole: " + KarafLog.excerpt(UNPROVEN.get(1), 0) + KarafLog.excerpt(UNPROVEN.get(0), 0),
                unproven() == unprovenBefore);
    }

    private static long unproven() throws IOException {
        long lines = 0;
        for (String fragment : UNPROVEN) {
            lines += KarafLog.warnLinesContaining(fragment);
        }
        return lines;
    }

    /**
     * Makes {@code change} (a {@code feature:uninstall}) with each route watched from the moment it is
     * issued until it answered the core's 404, and {@link #AFTER_FIRST_WHOLE} longer; fails on any
     * other answer than whole ones before that 404 and the core's 404 from then on (no HTML 404 of a
     * context on its way out, no 5xx).
     */
    public static void whileDeparting(Http http, Change change, Duration timeout, Map<String, Predicate<Http.Reply>> routes) throws Exception {
        watchThrough(http, change, timeout, routes, true);
    }

    private static void watchThrough(Http http, Change change, Duration timeout, Map<String, Predicate<Http.Reply>> routes,
            boolean departing) throws Exception {
        List<RouteWatch> watches = new ArrayList<>();
        try {
            routes.forEach((path, whole) -> watches.add(new RouteWatch(http, path, whole, departing)));
            change.run();
            for (RouteWatch watch : watches) {
                if (departing) {
                    watch.awaitAbsent(timeout);
                } else {
                    watch.awaitWhole(timeout);
                }
            }
            Thread.sleep(AFTER_FIRST_WHOLE.toMillis());
            for (RouteWatch watch : watches) {
                watch.close();
                LOG.info("RouteWatch, while the plugin {}, {}: {}", departing ? "departed" : "arrived", watch.path, watch);
                watch.assertNothingWrong();
            }
        } finally {
            for (RouteWatch watch : watches) {
                watch.close();
            }
        }
    }

    /**
     * Asserts that each path answers the core's JSON 404 right away, the uninstall having returned:
     * requests for a departing plugin wait until Pax Web has removed its context (ADR 0009), so none
     * sees that context's HTML 404.
     */
    public static void assertGoneAtOnce(Http http, String... paths) throws Exception {
        for (String path : paths) {
            Http.Reply reply = http.get(path);
            assertTrue(path + " answers the core's 404 as soon as the plugin is uninstalled: " + reply, coreNotFound(reply));
        }
    }

    /** A {@code 200} whose JSON has a {@code data} array and a {@code meta.total}: a served collection list. */
    public static Predicate<Http.Reply> collectionList() {
        return reply -> reply.status() == 200 && json(reply) != null && json(reply).path("data").isArray()
                && json(reply).path("meta").path("total").isNumber();
    }

    /** A {@code 200} whose JSON {@code data} is the asset {@code assetId}: a served detail. */
    public static Predicate<Http.Reply> detailOf(long assetId) {
        return reply -> reply.status() == 200 && json(reply) != null && json(reply).path("data").path("assetid").asLong() == assetId;
    }

    /** The core's error envelope for a route that is not there: {@code 404}, JSON, {@code error.code} {@code not_found}. */
    static boolean coreNotFound(Http.Reply reply) {
        JsonNode body = json(reply);
        return reply.status() == 404 && body != null && "not_found".equals(body.path("error").path("code").asText());
    }

    private static JsonNode json(Http.Reply reply) {
        try {
            JsonNode body = reply.json();
            return body != null && body.isObject() ? body : null;
        } catch (Exception notJson) {
            return null;
        }
    }

    private void watch() {
        while (running) {
            String failure;
            Http.Reply reply = null;
            try {
                reply = http.get(path);
                failure = null;
            } catch (Exception e) {
                failure = e.toString();
            }
            synchronized (this) {
                long at = (System.nanoTime() - started) / 1_000_000;
                if (departing) {
                    classifyDeparting(reply, failure, at);
                    continue;
                }
                if (reply != null && whole.test(reply)) {
                    wholeAnswers++;
                    if (firstWholeMillis < 0) {
                        firstWholeMillis = at;
                    }
                } else if (reply != null && coreNotFound(reply) && firstWholeMillis < 0) {
                    absent++;
                } else {
                    recordWrong(reply, failure, at, firstWholeMillis < 0 ? "" : " (after a whole answer)");
                }
            }
        }
    }

    private void classifyDeparting(Http.Reply reply, String failure, long at) {
        if (reply != null && coreNotFound(reply)) {
            absent++;
            if (firstAbsentMillis < 0) {
                firstAbsentMillis = at;
            }
        } else if (reply != null && whole.test(reply) && firstAbsentMillis < 0) {
            wholeAnswers++;
        } else {
            recordWrong(reply, failure, at, firstAbsentMillis < 0 ? "" : " (after the core's 404)");
        }
    }

    private void recordWrong(Http.Reply reply, String failure, long at, String when) {
        wrongAnswers++;
        if (wrong.size() < KEPT) {
            String what = failure != null ? failure : reply.toString();
            wrong.add("at " + at + " ms" + when + ": " + (what.length() > 300 ? what.substring(0, 300) : what));
        }
    }

    /** Waits until the route has answered the core's 404. */
    private void awaitAbsent(Duration timeout) throws InterruptedException {
        awaitFirst(this::firstAbsent, "the core's 404", timeout);
    }

    private synchronized long firstAbsent() {
        return firstAbsentMillis;
    }

    /** Waits until the route has answered whole. */
    public void awaitWhole(Duration timeout) throws InterruptedException {
        awaitFirst(this::firstWhole, "whole", timeout);
    }

    private void awaitFirst(LongSupplier firstMillis, String answer, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (firstMillis.getAsLong() < 0 && System.nanoTime() < deadline && thread.isAlive()) {
            Thread.sleep(20);
        }
        assertTrue(path + " never answered " + answer + " within " + timeout + ": " + this, firstMillis.getAsLong() >= 0);
    }

    private synchronized long firstWhole() {
        return firstWholeMillis;
    }

    /** Stops watching and fails with the wrong answers seen, if any. */
    public void assertNothingWrong() throws InterruptedException {
        close();
        synchronized (this) {
            if (departing) {
                assertTrue(path + ": whole answers, then only the core's 404: " + this, wrongAnswers == 0);
                return;
            }
            assertTrue(path + ": only the core's 404, then whole answers: " + this, wrongAnswers == 0 && wholeAnswers > 0);
        }
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.join(15_000);
    }

    @Override
    public synchronized String toString() {
        if (departing) {
            return wholeAnswers + " x whole, " + absent + " x core 404 (first at " + firstAbsentMillis + " ms), " + wrongAnswers + " x wrong "
                    + wrong;
        }
        return absent + " x core 404, " + wholeAnswers + " x whole (first at " + firstWholeMillis + " ms), " + wrongAnswers + " x wrong "
                + wrong;
    }
}
