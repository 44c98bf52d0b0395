package org.shopdb.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.net.ConnectException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import javax.inject.Inject;
import javax.sql.DataSource;

import org.junit.Before;
import org.junit.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;
import org.shopdb.api.asset.AssetTypeService;

/**
 * The Karaf console on the running distribution: ShopDB's users log in over SSH with the
 * documented one-liner ({@code bin/shopdb-shell}, run as a separate process from the
 * container's {@code karaf.home}), only administrators get a console, failed logins are
 * throttled together with the HTTP login, the command ACLs keep other roles out of
 * administrative scopes, and SSH and JMX listen on loopback only. Each subclass boots the
 * distribution on one database, with its SSH server started.
 */
public abstract class ConsoleLoginContract {

    private static final Duration BOOT = Duration.ofSeconds(90);
    private static final String TYPE = "consoletest";
    private static final String INSTALL_FEATURE = "feature:install --simulate --no-auto-refresh scr";

    @Inject
    protected BundleContext context;

    private final Http http = new Http();
    private final ConsoleClient console = new ConsoleClient();

    @Before
    public void consoleLoginIsServed() throws Exception {
        http.awaitStatus("/api/health", 200, BOOT);
        http.get("/api/auth/me"); // returns once the admin exists and login is served
        await(AssetTypeService.class).ensure(TYPE, "Console test device", "itests");
        int sshPort = Integer.parseInt(ConsoleClient.etc("org.apache.karaf.shell.cfg").getProperty("sshPort").strip());
        if (!awaitReachable(InetAddress.getByName("127.0.0.1"), sshPort)) {
            throw new AssertionError("The SSH server never listened on 127.0.0.1:" + sshPort + "; what the log says about it:\n"
                    + KarafLog.excerpt("SSH", 3));
        }
    }

    @Test
    public void adminRunsAShopdbCommandWithTheDocumentedOneLiner() throws Exception {
        assertEquals(201, http.post("/api/assets", "{\"assetnumber\":\"C-LIST-1\",\"name\":\"Listed over SSH\",\"assettype\":\"" + TYPE + "\"}").status());
        ConsoleClient.Run run = console.shopdbShell(Http.ADMIN, Http.adminPassword(), "shopdb:asset-list", "--type", TYPE);
        assertEquals(run.toString(), 0, run.exitCode());
        assertTrue(run.toString(), run.out().contains("C-LIST-1") && run.out().contains("Listed over SSH"));
        assertTrue(run.toString(), run.out().contains("1 assets"));
    }

    @Test
    public void wrongPasswordExitsNonZeroAndRunsNothing() throws Exception {
        ConsoleClient.Run run = console.shopdbShell(Http.ADMIN, "not-the-password", "shopdb:asset-list");
        assertNotEquals(run.toString(), 0, run.exitCode());
        assertEquals("no output on standard output: " + run, "", run.out());
    }

    @Test
    public void plainClientRunsACommandWhenStandardInputStaysOpen() throws Exception {
        ConsoleClient.Run run = console.client(Http.ADMIN, Http.adminPassword(), "shopdb:migrate-status");
        assertEquals(run.toString(), 0, run.exitCode());
        assertTrue(run.toString(), run.out().lines().anyMatch(line -> line.contains("org.shopdb.core") && line.contains("APPLIED")));
    }

    @Test
    public void editorsAndViewersCannotOpenTheConsole() throws Exception {
        for (String role : List.of("editor", "viewer")) {
            String name = newUser(role, "console-pass-1");
            ConsoleClient.Run run = console.shopdbShell(name, "console-pass-1", "shopdb:asset-list");
            assertNotEquals(role + ": " + run, 0, run.exitCode());
            assertEquals(role + " gets no output: " + run, "", run.out());
            assertEquals("the same password works over HTTP", 200, Http.login(name, "console-pass-1").status());
        }
    }

    @Test
    public void inactiveAdministratorCannotLogIn() throws Exception {
        String name = newUser("admin", "console-pass-2");
        assertEquals(0, console.shopdbShell(name, "console-pass-2", "shopdb:migrate-status").exitCode());
        setActive(name, false);
        ConsoleClient.Run run = console.shopdbShell(name, "console-pass-2", "shopdb:migrate-status");
        assertNotEquals(run.toString(), 0, run.exitCode());
        assertEquals(run.toString(), "", run.out());
    }

    @Test
    public void failedConsoleLoginsThrottleTheHttpLogin() throws Exception {
        String name = newUser("admin", "console-pass-3");
        for (int i = 0; i < 5; i++) {
            assertNotEquals(0, console.shopdbShell(name, "wrong-pass-" + i, "shopdb:migrate-status").exitCode());
        }
        assertEquals("the fifth console failure blocks the HTTP login too", 429, Http.login(name, "console-pass-3").status());
        assertNotEquals("and the console, right password or not", 0,
                console.shopdbShell(name, "console-pass-3", "shopdb:migrate-status").exitCode());
    }

    @Test
    public void failedHttpLoginsThrottleTheConsole() throws Exception {
        String name = newUser("admin", "console-pass-4");
        for (int i = 0; i < 5; i++) {
            assertEquals(401, Http.login(name, "wrong-pass-" + i).status());
        }
        ConsoleClient.Run run = console.shopdbShell(name, "console-pass-4", "shopdb:migrate-status");
        assertNotEquals(run.toString(), 0, run.exitCode());
        assertEquals(run.toString(), "", run.out());
    }

    /**
     * Simulated, so that this container keeps its bundles: a real install makes the feature
     * service refresh bundles, the test probe among them.
     */
    @Test
    public void adminMayInstallFeatures() throws Exception {
        ConsoleClient.Run run = console.shopdbShell(Http.ADMIN, Http.adminPassword(), INSTALL_FEATURE);
        assertEquals(run.toString(), 0, run.exitCode());
        assertFalse(run.toString(), run.out().contains("Insufficient credentials") || run.out().contains("Command not found"));
    }

    @Test
    public void viewerRoleIsKeptOutOfAdministrativeCommands() throws Exception {
        KarafShell admin = new KarafShell(context);
        KarafShell viewer = KarafShell.asRoles(context, "viewer", "ssh");
        assertTrue(viewer.execute("shopdb:asset-list --type " + TYPE).contains("Asset number"));
        assertTrue(viewer.execute("shopdb:migrate-status").contains("org.shopdb.core"));
        List<String> administrative = List.of(INSTALL_FEATURE, "feature:list", "bundle:list", "config:list",
                "shell:echo hello", "system:property karaf.name", "shopdb:user-list",
                "shopdb:user-add --password console-pass-5 viewer-made-" + suffix() + " admin");
        for (String command : administrative) {
            assertThrows(command + " is not the viewer's", Exception.class, () -> viewer.execute(command));
        }
        for (String command : administrative.subList(0, administrative.size() - 1)) {
            admin.execute(command);
        }
    }

    @Test
    public void sshAndJmxListenOnLoopbackOnly() throws Exception {
        InetAddress loopback = InetAddress.getByName("127.0.0.1");
        // Not JMX's RMI registry: under Pax Exam that port is served by Pax Exam's own registry
        // (on every interface), which Karaf then uses. deploy-checks asserts its host setting.
        Map<String, String> ports = Map.of(
                "SSH", ConsoleClient.etc("org.apache.karaf.shell.cfg").getProperty("sshPort"),
                "JMX RMI connector", ConsoleClient.etc("org.apache.karaf.management.cfg").getProperty("rmiServerPort"));
        // JMX's connector starts on a thread of its own, possibly after the API is up.
        for (Map.Entry<String, String> port : ports.entrySet()) {
            int number = Integer.parseInt(port.getValue().strip());
            assertTrue(port + " answers on " + loopback, awaitReachable(loopback, number));
            for (InetAddress address : nonLoopbackAddresses()) {
                assertFalse(port + " must not answer on " + address, reachable(address, number));
            }
        }
    }

    @Test
    public void noWebConsoleIsInstalledOrServed() throws Exception {
        for (Bundle bundle : context.getBundles()) {
            assertFalse(bundle.getSymbolicName(), String.valueOf(bundle.getSymbolicName()).contains("webconsole"));
        }
        // Nothing is served there: no application lives outside /api, so Jetty answers 404.
        Http.Reply reply = Http.anonymous().get("/system/console");
        assertEquals(reply.toString(), 404, reply.status());
        assertFalse(reply.toString(), reply.body().toLowerCase(java.util.Locale.ROOT).contains("web console"));
    }

    private String newUser(String role, String password) throws Exception {
        String name = "c-" + role + "-" + suffix();
        String added = new KarafShell(context).execute("shopdb:user-add --password " + password + " " + name + " " + role);
        assertTrue(added, added.contains("added"));
        return name;
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private void setActive(String username, boolean active) throws Exception {
        DataSource pool = await(DataSource.class, "(osgi.jndi.service.name=shopdb-pool)");
        try (Connection connection = pool.getConnection();
                PreparedStatement update = connection.prepareStatement("update users set isactive = ? where username = ?")) {
            update.setBoolean(1, active);
            update.setString(2, username);
            assertEquals(1, update.executeUpdate());
        }
    }

    private static boolean awaitReachable(InetAddress address, int port) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!reachable(address, port)) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(250);
        }
        return true;
    }

    private static boolean reachable(InetAddress address, int port) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, port), 2000);
            return true;
        } catch (ConnectException | SocketTimeoutException refused) {
            return false;
        }
    }

    /** The machine's own addresses other than loopback (and IPv6 link-local): the network side. */
    private static List<InetAddress> nonLoopbackAddresses() throws IOException {
        List<InetAddress> addresses = new ArrayList<>();
        for (NetworkInterface network : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (!network.isUp() || network.isLoopback()) {
                continue;
            }
            for (InetAddress address : Collections.list(network.getInetAddresses())) {
                if (!address.isLoopbackAddress() && !(address instanceof Inet6Address && address.isLinkLocalAddress())) {
                    addresses.add(address);
                }
            }
        }
        return addresses;
    }

    private <T> T await(Class<T> type) throws Exception {
        return await(type, null);
    }

    private <T> T await(Class<T> type, String filter) throws Exception {
        String objectClass = "(objectClass=" + type.getName() + ")";
        ServiceTracker<T, T> tracker = new ServiceTracker<>(context,
                FrameworkUtil.createFilter(filter == null ? objectClass : "(&" + objectClass + filter + ")"), null);
        tracker.open();
        try {
            T service = tracker.waitForService(TimeUnit.SECONDS.toMillis(60));
            if (service == null) {
                throw new AssertionError("No " + type.getSimpleName() + " within 60 s");
            }
            return service;
        } finally {
            tracker.close();
        }
    }
}
