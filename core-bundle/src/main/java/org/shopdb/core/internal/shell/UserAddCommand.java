package org.shopdb.core.internal.shell;

import java.util.Locale;
import java.util.Map;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.shopdb.api.audit.AuditAction;
import org.shopdb.api.audit.AuditService;
import org.shopdb.api.audit.FieldChange;
import org.shopdb.core.internal.auth.PasswordHasher;
import org.shopdb.core.internal.auth.Role;
import org.shopdb.core.internal.auth.UserAccount;
import org.shopdb.core.internal.auth.UserStore;

/** {@code shopdb:user-add}: a new user of the API. */
@Command(scope = "shopdb", name = "user-add", description = "Adds a user with a role (admin, editor, viewer); asks for the password unless --password is given")
@Service
public class UserAddCommand implements Action {

    @Reference
    private UserStore users;

    @Reference
    private AuditService audit;

    @Reference
    private Session session;

    @Argument(index = 0, name = "username", required = true, description = "User name (not case-sensitive)")
    private String username;

    @Argument(index = 1, name = "role", required = true, description = "admin, editor or viewer")
    @Completion(value = StringsCompleter.class, values = {"admin", "editor", "viewer"})
    private String role;

    @Option(name = "-p", aliases = "--password", description = "Password (at least 8 characters); prompted for when left out")
    private String password;

    @Override
    public Object execute() throws Exception {
        Role parsed = Role.of(role.toLowerCase(Locale.ROOT))
                .orElseThrow(() -> new IllegalArgumentException("Unknown role '" + role + "': use admin, editor or viewer"));
        if (users.find(username).isPresent()) {
            throw new IllegalArgumentException("User " + username + " exists already; change the password with shopdb:user-passwd");
        }
        char[] secret = UserCommands.password(session, password);
        try {
            UserAccount created = users.create(username, secret, parsed);
            audit.record(UserCommands.actor(session), AuditAction.CREATED, "User", String.valueOf(created.userId()),
                    created.username(), Map.of("username", new FieldChange(null, created.username()),
                            "role", new FieldChange(null, parsed.code())));
            session.getConsole().println("User " + created.username() + " added with role " + parsed.code());
        } finally {
            PasswordHasher.wipe(secret);
        }
        return null;
    }
}
