package org.shopdb.itests;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.security.PrivilegedActionException;
import java.security.PrivilegedExceptionAction;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.security.auth.Subject;

import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.api.console.SessionFactory;
import org.osgi.framework.BundleContext;
import org.osgi.util.tracker.ServiceTracker;

/**
 * Runs Karaf shell commands inside the container and returns what they printed. Karaf's
 * command ACLs check the roles of the calling subject, as for a console login: by default
 * commands run as an administrator ({@link #asRoles} for others).
 */
public final class KarafShell {

    private static final List<String> ADMINISTRATOR = List.of("admin", "manager", "viewer", "systembundles", "ssh");

    private final BundleContext context;
    private final List<String> roles;

    public KarafShell(BundleContext context) {
        this(context, ADMINISTRATOR);
    }

    private KarafShell(BundleContext context, List<String> roles) {
        this.context = context;
        this.roles = roles;
    }

    /** A shell whose commands run with these Karaf roles only. */
    public static KarafShell asRoles(BundleContext context, String... roles) {
        return new KarafShell(context, List.of(roles));
    }

    public String execute(String command) throws Exception {
        Subject subject = new Subject();
        subject.getPrincipals().add(new UserPrincipal("itest"));
        roles.forEach(role -> subject.getPrincipals().add(new RolePrincipal(role)));
        try {
            return Subject.doAs(subject, (PrivilegedExceptionAction<String>) () -> run(command));
        } catch (PrivilegedActionException e) {
            throw e.getException();
        }
    }

    private String run(String command) throws Exception {
        ServiceTracker<SessionFactory, SessionFactory> tracker = new ServiceTracker<>(context, SessionFactory.class, null);
        tracker.open();
        try {
            SessionFactory factory = tracker.waitForService(TimeUnit.SECONDS.toMillis(30));
            if (factory == null) {
                throw new AssertionError("Karaf shell not available");
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
                Session session = factory.create(new ByteArrayInputStream(new byte[0]), out, out);
                try {
                    Object result = session.execute(command);
                    if (result != null) {
                        out.println(result);
                    }
                } finally {
                    session.close();
                }
            }
            return bytes.toString(StandardCharsets.UTF_8);
        } finally {
            tracker.close();
        }
    }
}
