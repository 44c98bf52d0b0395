package org.shopdb.core.internal.console;

import java.time.Duration;
import java.util.Optional;
import java.util.function.BiFunction;

import javax.security.auth.login.FailedLoginException;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.shopdb.core.internal.auth.AdminSeeder;
import org.shopdb.core.internal.auth.LoginThrottle;
import org.shopdb.core.internal.auth.UserAccount;
import org.shopdb.core.internal.auth.UserStore;

/**
 * Checks a console login against ShopDB's users, as {@code POST /api/auth/login} does:
 * active users only, and failures counted by the same {@link LoginThrottle}, so guesses
 * over SSH and over HTTP add up.
 */
@Component(service = ConsoleAuthenticator.class)
public class ConsoleAuthenticator {

    private final BiFunction<String, char[], Optional<UserAccount>> credentials;
    private final LoginThrottle throttle;

    /** {@code seeded}: as for the HTTP login, logins are served once the first user exists. */
    @Activate
    public ConsoleAuthenticator(@Reference UserStore users, @Reference LoginThrottle throttle, @Reference AdminSeeder seeded) {
        this(users::authenticate, throttle);
    }

    ConsoleAuthenticator(BiFunction<String, char[], Optional<UserAccount>> credentials, LoginThrottle throttle) {
        this.credentials = credentials;
        this.throttle = throttle;
    }

    /**
     * The account with this name and password, if it is active and neither the name nor
     * the client address is throttled.
     *
     * @param address the client's host, as {@link ClientAddress#host} gives it
     * @throws FailedLoginException otherwise; the message never tells which part was wrong
     */
    public UserAccount authenticate(String username, char[] password, String address) throws FailedLoginException {
        if (username == null || username.isBlank() || password == null || password.length == 0) {
            throw new FailedLoginException("User name and password are required");
        }
        Optional<Duration> wait = throttle.retryAfter(username, address);
        if (wait.isPresent()) {
            long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
            throw new FailedLoginException("Too many failed logins; try again in " + seconds + " seconds");
        }
        Optional<UserAccount> account = credentials.apply(username, password);
        if (account.isEmpty()) {
            throttle.failed(username, address);
            throw new FailedLoginException("Wrong user name or password");
        }
        throttle.succeeded(username);
        return account.get();
    }
}
