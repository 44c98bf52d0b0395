package org.shopdb.core.internal.console;

import java.util.Set;

import org.shopdb.core.internal.auth.Role;

/**
 * The Karaf roles a ShopDB role carries in the console realm. Only administrators get
 * {@value #SSH}, the role Karaf's SSH server demands ({@code sshRole} in
 * {@code etc/org.apache.karaf.shell.cfg}): Karaf 4.4's SSH server forwards TCP ports for
 * every user it lets in, so a console login is a tunnel into the server's network (see
 * docs/adr/0004-console-login.md). Editors and viewers keep Karaf's {@value #VIEWER} role,
 * which the command and JMX ACLs can name, but cannot open a console.
 */
public final class ConsoleRoles {

    public static final String ADMIN = "admin";
    public static final String MANAGER = "manager";
    public static final String VIEWER = "viewer";
    public static final String SYSTEM_BUNDLES = "systembundles";
    public static final String SSH = "ssh";

    private static final Set<String> ADMINISTRATOR = Set.of(ADMIN, MANAGER, VIEWER, SYSTEM_BUNDLES, SSH);
    private static final Set<String> READER = Set.of(VIEWER);

    private ConsoleRoles() {
    }

    public static Set<String> of(Role role) {
        return role == Role.ADMIN ? ADMINISTRATOR : READER;
    }
}
