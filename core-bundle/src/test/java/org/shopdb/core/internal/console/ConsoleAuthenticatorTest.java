package org.shopdb.core.internal.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;

import javax.security.auth.login.FailedLoginException;

import org.junit.jupiter.api.Test;
import org.shopdb.core.internal.auth.LoginThrottle;
import org.shopdb.core.internal.auth.Role;

class ConsoleAuthenticatorTest {

    private static final int MAX_FAILURES = 5;

    private final KnownUsers users = new KnownUsers()
            .with("alice", "alice-pass-1", Role.ADMIN)
            .with("bob", "bob-pass-1", Role.VIEWER);
    private final LoginThrottle throttle = new LoginThrottle(MAX_FAILURES, Duration.ofMinutes(5), Clock.systemUTC());
    private final ConsoleAuthenticator authenticator = new ConsoleAuthenticator(users::authenticate, throttle);

    @Test
    void rightPasswordGivesTheAccount() throws Exception {
        assertEquals(Role.ADMIN, authenticator.authenticate("alice", "alice-pass-1".toCharArray(), "10.0.0.1").role());
    }

    @Test
    void wrongPasswordOrUnknownUserIsRefusedAlike() {
        FailedLoginException wrong = assertThrows(FailedLoginException.class,
                () -> authenticator.authenticate("alice", "nope-nope".toCharArray(), "10.0.0.1"));
        FailedLoginException unknown = assertThrows(FailedLoginException.class,
                () -> authenticator.authenticate("mallory", "nope-nope".toCharArray(), "10.0.0.1"));
        assertEquals(wrong.getMessage(), unknown.getMessage());
    }

    @Test
    void repeatedFailuresBlockEvenTheRightPassword() {
        for (int i = 0; i < MAX_FAILURES; i++) {
            assertThrows(FailedLoginException.class, () -> authenticator.authenticate("alice", "guess".toCharArray(), "10.0.0.1"));
        }
        FailedLoginException blocked = assertThrows(FailedLoginException.class,
                () -> authenticator.authenticate("alice", "alice-pass-1".toCharArray(), "10.0.0.2"));
        assertTrue(blocked.getMessage().startsWith("Too many failed logins"), blocked.getMessage());
        assertEquals(0, users.checks("alice-pass-1"), "a throttled login does not reach the password check");
    }

    @Test
    void failuresOfTheHttpLoginCountForTheConsoleToo() {
        for (int i = 0; i < MAX_FAILURES; i++) {
            throttle.failed("Alice", "192.168.1.9");
        }
        assertThrows(FailedLoginException.class, () -> authenticator.authenticate("alice", "alice-pass-1".toCharArray(), "10.0.0.1"));
    }

    @Test
    void successClearsTheUsersFailures() throws Exception {
        for (int i = 0; i < MAX_FAILURES - 1; i++) {
            assertThrows(FailedLoginException.class, () -> authenticator.authenticate("bob", "guess".toCharArray(), "10.0.0.1"));
        }
        authenticator.authenticate("bob", "bob-pass-1".toCharArray(), "10.0.0.1");
        assertTrue(throttle.retryAfter("bob", "10.0.0.3").isEmpty());
        assertThrows(FailedLoginException.class, () -> authenticator.authenticate("bob", "guess".toCharArray(), "10.0.0.1"));
        assertEquals(Role.VIEWER, authenticator.authenticate("bob", "bob-pass-1".toCharArray(), "10.0.0.1").role());
    }

    @Test
    void missingNameOrPasswordIsRefusedWithoutCountingAsAGuess() {
        for (int i = 0; i < MAX_FAILURES * 2; i++) {
            assertThrows(FailedLoginException.class, () -> authenticator.authenticate("alice", new char[0], "10.0.0.1"));
            assertThrows(FailedLoginException.class, () -> authenticator.authenticate(" ", "x".toCharArray(), "10.0.0.1"));
            assertThrows(FailedLoginException.class, () -> authenticator.authenticate(null, null, "10.0.0.1"));
        }
        assertTrue(throttle.retryAfter("alice", "10.0.0.1").isEmpty());
    }
}
