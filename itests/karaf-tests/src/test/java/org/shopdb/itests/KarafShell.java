package org.shopdb.itests;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.security.PrivilegedExceptionAction;
import java.util.concurrent.TimeUnit;

import javax.security.auth.Subject;

import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.api.console.SessionFactory;
import org.osgi.framework.BundleContext;
import org.osgi.util.tracker.ServiceTracker;

/**
 * Runs Karaf shell commands inside the container, with the admin role an operator at the
 * console has (command ACLs reserve {@code feature:*} to it), and returns what they printed.
 */
public final class KarafShell {

    private final BundleContext context;

    public KarafShell(BundleContext context) {
        this.context = context;
    }

    public String execute(String command) throws Exception {
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
                    Subject operator = new Subject();
                    operator.getPrincipals().add(new RolePrincipal("admin"));
                    Object result = Subject.doAs(operator, (PrivilegedExceptionAction<Object>) () -> session.execute(command));
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
