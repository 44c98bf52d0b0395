package org.shopdb.core.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.shopdb.core.internal.auth.UserAccount;
import org.shopdb.core.internal.user.NewUser;
import org.shopdb.core.internal.user.UserAdministration;

/** {@code shopdb:user-add}: a new user of the API. */
@Command(scope = "shopdb", name = "user-add", description = "Adds a user with a role (admin, editor, viewer); asks for the password unless --password is given")
@Service
public class UserAddCommand implements Action {

    @Reference
    private UserAdministration users;

    @Reference
    private Session session;

    @Argument(index = 0, name = "username", required = true, description = "User name (not case-sensitive; letters, digits and . _ @ -)")
    private String username;

    @Argument(index = 1, name = "role", required = true, description = "admin, editor or viewer")
    @Completion(value = StringsCompleter.class, values = {"admin", "editor", "viewer"})
    private String role;

    @Option(name = "-p", aliases = "--password", description = "Password (at least 8 characters); prompted for when left out")
    private String password;

    @Override
    public Object execute() throws Exception {
        UserAccount created = users.create(UserCommands.actor(session),
                new NewUser(username, role, UserCommands.password(session, password), true));
        session.getConsole().println("User " + created.username() + " added with role " + created.role().code());
        return null;
    }
}
