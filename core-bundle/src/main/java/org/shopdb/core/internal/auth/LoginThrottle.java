package org.shopdb.core.internal.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Slows down password guessing, in memory: after {@code loginMaxFailures} failed logins
 * for one user name within the window, or four times as many from one client address,
 * further logins for that name or from that address are refused until the oldest failure
 * leaves the window. A success clears the user name's failures, not the address's.
 * Refused attempts do not count as failures.
 */
@Component(service = LoginThrottle.class)
public class LoginThrottle {

    /** A client address may fail this many times more often than one user name. */
    static final int ADDRESS_FACTOR = 4;
    /** Bound on tracked keys; beyond it, keys with no failure in the window go first, then the oldest. */
    static final int MAX_TRACKED = 10_000;

    private final int maxPerUser;
    private final int maxPerAddress;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Deque<Instant>> failures = new LinkedHashMap<>();

    @Activate
    public LoginThrottle(@Reference AuthConfiguration configuration) {
        this(configuration.settings().loginMaxFailures(), configuration.settings().loginWindow(), Clock.systemUTC());
    }

    /** Fixed limits and clock, for tests (the console login's are in another package). */
    public LoginThrottle(int maxPerUser, Duration window, Clock clock) {
        this.maxPerUser = maxPerUser;
        this.maxPerAddress = (int) Math.min((long) maxPerUser * ADDRESS_FACTOR, Integer.MAX_VALUE);
        this.window = window;
        this.clock = clock;
    }

    /** How long the caller must wait before trying again, or empty when it may try now. */
    public synchronized Optional<Duration> retryAfter(String username, String address) {
        Instant now = clock.instant();
        Optional<Duration> user = blockedFor(userKey(username), maxPerUser, now);
        Optional<Duration> client = blockedFor(addressKey(address), maxPerAddress, now);
        if (user.isPresent() && client.isPresent()) {
            return Optional.of(user.get().compareTo(client.get()) >= 0 ? user.get() : client.get());
        }
        return user.isPresent() ? user : client;
    }

    public synchronized void failed(String username, String address) {
        Instant now = clock.instant();
        if (failures.size() >= MAX_TRACKED) {
            prune(now);
        }
        record(userKey(username), now, maxPerUser);
        record(addressKey(address), now, maxPerAddress);
    }

    public synchronized void succeeded(String username) {
        failures.remove(userKey(username));
    }

    private Optional<Duration> blockedFor(String key, int max, Instant now) {
        Deque<Instant> times = failures.get(key);
        if (times == null) {
            return Optional.empty();
        }
        expire(times, now);
        if (times.isEmpty()) {
            failures.remove(key);
            return Optional.empty();
        }
        if (times.size() < max) {
            return Optional.empty();
        }
        Duration wait = Duration.between(now, times.peekFirst().plus(window));
        return Optional.of(wait.isNegative() || wait.isZero() ? Duration.ofSeconds(1) : wait);
    }

    private void record(String key, Instant now, int max) {
        Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        expire(times, now);
        times.addLast(now);
        while (times.size() > max) {
            times.removeFirst();
        }
    }

    private void expire(Deque<Instant> times, Instant now) {
        Instant horizon = now.minus(window);
        while (!times.isEmpty() && !times.peekFirst().isAfter(horizon)) {
            times.removeFirst();
        }
    }

    private void prune(Instant now) {
        for (Iterator<Deque<Instant>> it = failures.values().iterator(); it.hasNext();) {
            Deque<Instant> times = it.next();
            expire(times, now);
            if (times.isEmpty()) {
                it.remove();
            }
        }
        // Still full: everything is recent. Forget the oldest keys rather than grow without bound.
        Iterator<Map.Entry<String, Deque<Instant>>> oldest = failures.entrySet().iterator();
        while (failures.size() >= MAX_TRACKED && oldest.hasNext()) {
            oldest.next();
            oldest.remove();
        }
    }

    /** Number of keys tracked, for tests. */
    synchronized int tracked() {
        return failures.size();
    }

    private static String userKey(String username) {
        return "user:" + Usernames.normalize(username);
    }

    private static String addressKey(String address) {
        return "address:" + (address == null ? "" : address);
    }
}
