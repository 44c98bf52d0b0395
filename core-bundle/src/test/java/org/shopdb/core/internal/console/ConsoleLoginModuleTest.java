package org.shopdb.core.internal.console;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.Principal;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import javax.security.auth.Subject;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.login.FailedLoginException;

import org.apache.karaf.jaas.boot.principal.ClientPrincipal;
import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.junit.jupiter.api.Test;
import org.shopdb.core.internal.auth.LoginThrottle;
import org.shopdb.core.internal.auth.Role;

class ConsoleLoginModuleTest {

    private static final int MAX_FAILURES = 5;

    private final KnownUsers users = new KnownUsers()
            .with("admin", "admin-pass-1", Role.ADMIN)
            .with("vera", "vera-pass-1", Role.VIEWER);
    private final LoginThrottle throttle = new LoginThrottle(MAX_FAILURES, Duration.ofMinutes(5), Clock.systemUTC());
    private final ConsoleAuthenticator authenticator = new ConsoleAuthenticator(users::authenticate, throttle);

    @Test
    void adminGetsKarafsUserPrincipalAndAdministratorRoles() throws Exception {
        Subject subject = sshSubject("/10.1.2.3:50312");
        loggedIn(subject, "Admin", "admin-pass-1");
        assertEquals(Set.of("admin"), names(subject, UserPrincipal.class));
        assertEquals(Set.of("admin", "manager", "viewer", "systembundles", "ssh"), names(subject, RolePrincipal.class));
        assertEquals(1, subject.getPrincipals(ClientPrincipal.class).size(), "Karaf's client principal stays");
    }

    @Test
    void viewerGetsTheViewerRoleOnly() throws Exception {
        Subject subject = sshSubject("/10.1.2.3:50312");
        loggedIn(subject, "vera", "vera-pass-1");
        assertEquals(Set.of("viewer"), names(subject, RolePrincipal.class));
    }

    @Test
    void wrongPasswordFailsTheLoginAndLeavesTheSubjectAlone() {
        Subject subject = sshSubject("/10.1.2.3:50312");
        ConsoleLoginModule module = module(subject, "admin", "wrong-pass");
        assertThrows(FailedLoginException.class, module::login);
        assertFalse(module.abort(), "nothing to abort");
        assertEquals(Set.of(), names(subject, RolePrincipal.class));
        assertEquals(Set.of(), names(subject, UserPrincipal.class));
    }

    @Test
    void passwordIsWipedOnceChecked() throws Exception {
        module(sshSubject("/10.1.2.3:50312"), "admin", "admin-pass-1").login();
        assertArrayEquals(new char["admin-pass-1".length()], users.lastPasswordGiven());
    }

    @Test
    void failuresCountAgainstTheClientHostWhateverItsPort() throws Exception {
        // A client address may fail four times as often as one user name.
        for (int i = 0; i < MAX_FAILURES * 4; i++) {
            Subject subject = sshSubject("/10.9.9.9:" + (40000 + i));
            assertThrows(FailedLoginException.class, module(subject, "guess-" + i, "wrong-pass")::login);
        }
        assertThrows(FailedLoginException.class, module(sshSubject("/10.9.9.9:50000"), "admin", "admin-pass-1")::login,
                "that host is throttled");
        assertTrue(throttle.retryAfter("admin", "10.9.9.9").isPresent());
        assertTrue(module(sshSubject("/10.1.1.1:50000"), "admin", "admin-pass-1").login(), "another host may log in");
    }

    @Test
    void logoutRemovesWhatCommitAdded() throws Exception {
        Subject subject = sshSubject("/10.1.2.3:50312");
        loggedIn(subject, "admin", "admin-pass-1").logout();
        assertEquals(Set.of(), names(subject, RolePrincipal.class));
        assertEquals(1, subject.getPrincipals().size(), "only Karaf's client principal is left");
    }

    private ConsoleLoginModule loggedIn(Subject subject, String username, String password) throws Exception {
        ConsoleLoginModule module = module(subject, username, password);
        assertTrue(module.login());
        assertTrue(module.commit());
        return module;
    }

    private ConsoleLoginModule module(Subject subject, String username, String password) {
        ConsoleLoginModule module = new ConsoleLoginModule();
        module.initialize(subject, callbacks -> {
            ((NameCallback) callbacks[0]).setName(username);
            ((PasswordCallback) callbacks[1]).setPassword(password.toCharArray());
        }, Map.of(), options());
        return module;
    }

    private Map<String, Object> options() {
        return Map.of(ConsoleLoginModule.AUTHENTICATOR_OPTION, authenticator);
    }

    private static Subject sshSubject(String address) {
        Subject subject = new Subject();
        subject.getPrincipals().add(new ClientPrincipal("ssh", address));
        return subject;
    }

    private static Set<String> names(Subject subject, Class<? extends Principal> type) {
        return subject.getPrincipals(type).stream().map(Principal::getName).collect(Collectors.toSet());
    }
}
