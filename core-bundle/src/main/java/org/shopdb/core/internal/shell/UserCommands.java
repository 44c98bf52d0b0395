package org.shopdb.core.internal.shell;

import java.io.IOException;

import org.apache.karaf.shell.api.console.Session;
import org.shopdb.api.audit.Actor;

/** What the user commands share: who runs them, and reading a password. */
final class UserCommands {

    private UserCommands() {
    }

    /** The console user, recorded in the audit trail as {@code shell:<name>}. */
    static Actor actor(Session session) {
        Object user = session.get("USER");
        return Actor.user("shell:" + (user == null ? "console" : user));
    }

    /** The password given as an option, else read from the console without echo; checked by whoever uses it. */
    static String password(Session session, String given) throws IOException {
        return given != null ? given : session.readLine("Password: ", '*');
    }
}
