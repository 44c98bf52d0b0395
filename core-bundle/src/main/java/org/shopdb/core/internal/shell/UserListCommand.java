package org.shopdb.core.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.table.ShellTable;
import org.shopdb.core.internal.auth.UserAccount;
import org.shopdb.core.internal.auth.UserStore;

/** {@code shopdb:user-list}: the users of the API and their roles. */
@Command(scope = "shopdb", name = "user-list", description = "Lists ShopDB's users with their roles")
@Service
public class UserListCommand implements Action {

    @Reference
    private UserStore users;

    @Reference
    private Session session;

    @Override
    public Object execute() {
        ShellTable table = new ShellTable();
        table.column("User");
        table.column("Role");
        table.column("Active");
        for (UserAccount user : users.list()) {
            table.addRow().addContent(user.username(), user.role().code(), user.active() ? "yes" : "no");
        }
        table.print(session.getConsole());
        return null;
    }
}
