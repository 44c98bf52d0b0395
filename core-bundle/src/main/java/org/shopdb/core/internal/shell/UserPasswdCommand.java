package org.shopdb.core.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.shopdb.core.internal.auth.UserAccount;
import org.shopdb.core.internal.auth.UserStore;
import org.shopdb.core.internal.user.UserAdministration;

/** {@code shopdb:user-passwd}: sets a user's password. */
@Command(scope = "shopdb", name = "user-passwd", description = "Sets a user's password; asks for it unless --password is given")
@Service
public class UserPasswdCommand implements Action {

    @Reference
    private UserStore users;

    @Reference
    private UserAdministration administration;

    @Reference
    private Session session;

    @Argument(index = 0, name = "username", required = true, description = "User name")
    private String username;

    @Option(name = "-p", aliases = "--password", description = "New password (at least 8 characters); prompted for when left out")
    private String password;

    @Override
    public Object execute() throws Exception {
        UserAccount user = users.find(username).orElseThrow(() -> new IllegalArgumentException("No user " + username));
        administration.resetPassword(UserCommands.actor(session), user.userId(), UserCommands.password(session, password));
        session.getConsole().println("Password of " + user.username() + " changed");
        return null;
    }
}
