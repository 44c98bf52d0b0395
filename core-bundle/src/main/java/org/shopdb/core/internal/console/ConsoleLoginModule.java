package org.shopdb.core.internal.console;

import java.io.IOException;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.security.auth.Subject;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.CallbackHandler;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.callback.UnsupportedCallbackException;
import javax.security.auth.login.LoginException;
import javax.security.auth.spi.LoginModule;

import org.apache.karaf.jaas.boot.principal.ClientPrincipal;
import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.shopdb.core.internal.auth.PasswordHasher;
import org.shopdb.core.internal.auth.UserAccount;

/**
 * The JAAS login module of the {@link ConsoleRealm}: user name and password from the
 * callbacks, checked by the {@link ConsoleAuthenticator} the realm passes in the options;
 * on commit the subject gets Karaf's user principal and one role principal per
 * {@link ConsoleRoles Karaf role}. JAAS creates an instance per login attempt.
 */
public class ConsoleLoginModule implements LoginModule {

    /** Option under which the realm hands over the {@link ConsoleAuthenticator}. */
    static final String AUTHENTICATOR_OPTION = ConsoleAuthenticator.class.getName();

    private Subject subject;
    private CallbackHandler callbacks;
    private ConsoleAuthenticator authenticator;
    private UserAccount account;
    private final List<Principal> added = new ArrayList<>();

    @Override
    public void initialize(Subject subject, CallbackHandler callbackHandler, Map<String, ?> sharedState, Map<String, ?> options) {
        this.subject = subject;
        this.callbacks = callbackHandler;
        Object given = options.get(AUTHENTICATOR_OPTION);
        if (!(given instanceof ConsoleAuthenticator)) {
            throw new IllegalStateException("Option " + AUTHENTICATOR_OPTION + " must hold the ConsoleAuthenticator");
        }
        this.authenticator = (ConsoleAuthenticator) given;
    }

    @Override
    public boolean login() throws LoginException {
        NameCallback name = new NameCallback("User: ");
        PasswordCallback password = new PasswordCallback("Password: ", false);
        try {
            callbacks.handle(new Callback[] {name, password});
        } catch (IOException | UnsupportedCallbackException e) {
            throw (LoginException) new LoginException("Cannot read the user name and password: " + e.getMessage()).initCause(e);
        }
        char[] secret = password.getPassword();
        try {
            account = authenticator.authenticate(name.getName(), secret, clientHost());
        } finally {
            PasswordHasher.wipe(secret);
            password.clearPassword();
        }
        return true;
    }

    /** The address Karaf's SSH and JMX servers put in the subject before the login, if any. */
    private String clientHost() {
        return subject.getPrincipals(ClientPrincipal.class).stream().findFirst()
                .map(client -> ClientAddress.host(client.getAddress()))
                .orElse("");
    }

    @Override
    public boolean commit() {
        if (account == null) {
            return false;
        }
        added.add(new UserPrincipal(account.username()));
        ConsoleRoles.of(account.role()).forEach(role -> added.add(new RolePrincipal(role)));
        subject.getPrincipals().addAll(added);
        return true;
    }

    @Override
    public boolean abort() {
        boolean attempted = account != null;
        logout();
        return attempted;
    }

    @Override
    public boolean logout() {
        subject.getPrincipals().removeAll(added);
        added.clear();
        account = null;
        return true;
    }
}
