package org.shopdb.core.internal.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-25T12:00:00Z"));
    private final LoginThrottle throttle = new LoginThrottle(5, Duration.ofMinutes(5), clock);

    @Test
    void fifthFailureForAUserBlocksThatUserUntilTheOldestLeavesTheWindow() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("alice", "10.0.0." + i);
            clock.advance(Duration.ofSeconds(10));
        }
        assertTrue(throttle.retryAfter("alice", "10.0.0.99").isEmpty(), "four failures: still allowed");
        throttle.failed("alice", "10.0.0.5");
        Duration wait = throttle.retryAfter("alice", "10.0.0.99").orElseThrow();
        assertEquals(Duration.ofMinutes(5).minusSeconds(40), wait, "until the first failure is 5 minutes old");
        assertTrue(throttle.retryAfter("bob", "10.0.0.99").isEmpty(), "other users are not affected");
        clock.advance(wait);
        assertTrue(throttle.retryAfter("alice", "10.0.0.99").isEmpty(), "free again once the oldest failure expired");
    }

    @Test
    void userNamesAreThrottledCaseInsensitively() {
        for (int i = 0; i < 5; i++) {
            throttle.failed(i % 2 == 0 ? "Alice" : " alice ", "10.0.0." + i);
        }
        assertTrue(throttle.retryAfter("ALICE", "10.0.0.99").isPresent());
    }

    @Test
    void oneAddressTryingManyNamesIsBlockedAfterFourTimesTheUserLimit() {
        for (int i = 0; i < 19; i++) {
            throttle.failed("user" + i, "192.0.2.7");
        }
        assertTrue(throttle.retryAfter("someone", "192.0.2.7").isEmpty());
        throttle.failed("user19", "192.0.2.7");
        assertTrue(throttle.retryAfter("someone", "192.0.2.7").isPresent(), "20 failures from one address");
        assertTrue(throttle.retryAfter("someone", "192.0.2.8").isEmpty(), "other addresses are not affected");
    }

    @Test
    void successClearsTheUserButNotTheAddress() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("alice", "10.0.0.1");
        }
        throttle.succeeded("alice");
        assertTrue(throttle.retryAfter("alice", "10.0.0.2").isEmpty());
        for (int i = 0; i < 15; i++) {
            throttle.failed("x" + i, "10.0.0.1");
        }
        assertTrue(throttle.retryAfter("alice", "10.0.0.1").isPresent(), "the address's 20 failures still count");
    }

    @Test
    void memoryStaysBounded() {
        for (int i = 0; i < LoginThrottle.MAX_TRACKED * 2; i++) {
            throttle.failed("user" + i, "10." + (i / 65536) + "." + (i / 256 % 256) + "." + (i % 256));
        }
        assertTrue(throttle.tracked() <= LoginThrottle.MAX_TRACKED + 1, "tracked " + throttle.tracked());
    }

    private static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
