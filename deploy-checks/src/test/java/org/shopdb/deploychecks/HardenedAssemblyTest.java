package org.shopdb.deploychecks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The built distribution is hardened (issue #6): no default credentials, the SSH console and
 * JMX on loopback unless configured otherwise, no web console, administrative commands for
 * the admin role only. docs/DEPLOY.md "Hardening" explains each point.
 */
class HardenedAssemblyTest {

    /** Scopes whose every command needs the admin role. */
    private static final List<String> ADMIN_ONLY_SCOPES = List.of("feature", "bundle", "config", "jdbc", "shell");
    /** The shopdb:* commands that only read, open to Karaf's viewer role. */
    private static final Set<String> SHOPDB_READ_COMMANDS = Set.of("asset-list", "asset-show", "migrate-status");
    private static final String ADMIN = "admin";

    private final BuiltAssembly assembly = BuiltAssembly.read();

    @Test
    void karafsPropertiesRealmShipsNoUserGroupOrKey() {
        for (String file : List.of("etc/users.properties", "etc/keys.properties")) {
            assertEquals(Set.of(), assembly.properties(file).stringPropertyNames(), file + " must not define users, groups or keys");
        }
    }

    @Test
    void shopdbConfigurationShipsNoSecret() {
        assertEquals("", assembly.properties("etc/org.shopdb.auth.cfg").getProperty("jwtSecret", "").strip(),
                "etc/org.shopdb.auth.cfg must not ship a signing secret");
        assertEquals("", assembly.properties("etc/org.shopdb.db.cfg").getProperty("password", "").strip(),
                "etc/org.shopdb.db.cfg must not ship a database password");
    }

    @Test
    void sshConsoleListensOnLoopbackByDefaultAtAnAddressFromTheEnvironment() {
        Properties shell = assembly.properties("etc/org.apache.karaf.shell.cfg");
        assertEquals("$[env:SHOPDB_SSH_HOST;default=127.0.0.1]", shell.getProperty("sshHost"));
        assertEquals("$[env:SHOPDB_SSH_PORT;default=8101]", shell.getProperty("sshPort"));
    }

    @Test
    void sshConsoleTakesAdministratorsPasswordsAndServesNoFiles() {
        Properties shell = assembly.properties("etc/org.apache.karaf.shell.cfg");
        assertEquals("karaf", shell.getProperty("sshRealm"), "the realm ShopDB's core replaces with its users");
        assertEquals("ssh", shell.getProperty("sshRole"), "the Karaf role only ShopDB's admin role carries");
        assertEquals("password", shell.getProperty("authMethods"), "one password check per connection, no keys");
        assertEquals("false", shell.getProperty("sftpEnabled"), "no SFTP or SCP access to the installation's files");
    }

    @Test
    void sshServerCanBeSwitchedOffFromTheEnvironment() {
        Properties system = assembly.properties("etc/system.properties");
        assertEquals("${env:SHOPDB_SSH_ENABLED:-${karaf.startRemoteShell}}", system.getProperty("karaf.override.karaf.startRemoteShell"),
                "SHOPDB_SSH_ENABLED=false must override bin/karaf's -Dkaraf.startRemoteShell=true when Karaf starts");
    }

    @Test
    void cxfSharedHttpTransportIsOffSoEveryApplicationKeepsItsEndpoints() {
        assertEquals("true", assembly.properties("etc/system.properties").getProperty("org.apache.cxf.osgi.http.transport.disable"),
                "with CXF's shared transport a plugin's application takes over the core's endpoints (docs/adr/0005)");
    }

    @Test
    void commandsWithoutAnAclEntryNeedTheAdminRole() {
        assertEquals(ADMIN, assembly.properties("etc/system.properties").getProperty("karaf.secured.command.compulsory.roles"));
    }

    @Test
    void administrativeScopesAreForTheAdminRoleOnly() {
        for (String scope : ADMIN_ONLY_SCOPES) {
            Map<String, String> acl = acl(scope);
            assertEquals(ADMIN, acl.get("*"), scope + ":* must need the admin role");
            assertEquals(Map.of(), grantedToOthers(acl), scope + " ACL grants commands to other roles");
        }
    }

    @Test
    void shopdbCommandsAreForTheAdminRoleExceptThoseThatOnlyRead() {
        Map<String, String> acl = acl("shopdb");
        assertEquals(ADMIN, acl.get("*"), "shopdb:* (writes, and commands added later) must need the admin role");
        Map<String, String> others = grantedToOthers(acl);
        assertEquals(SHOPDB_READ_COMMANDS, others.keySet(), "shopdb commands open to other roles than admin");
        others.forEach((command, roles) -> assertEquals("viewer", roles, "shopdb:" + command));
    }

    @Test
    void jmxListensOnLoopbackOnlyAndIsForTheAdminRole() {
        Properties management = assembly.properties("etc/org.apache.karaf.management.cfg");
        assertEquals("127.0.0.1", management.getProperty("rmiRegistryHost"));
        assertEquals("127.0.0.1", management.getProperty("rmiServerHost"));
        assertEquals("false", management.getProperty("jmxmpEnabled"));
        assertEquals("karaf", management.getProperty("jmxRealm"));
        Properties acl = assembly.properties("etc/jmx.acl.cfg");
        assertFalse(acl.isEmpty());
        for (String operation : acl.stringPropertyNames()) {
            assertEquals(ADMIN, acl.getProperty(operation).strip(), "etc/jmx.acl.cfg " + operation);
        }
    }

    @Test
    void noWebConsoleIsBootedOrShipped() throws IOException {
        String boot = assembly.properties("etc/org.apache.karaf.features.cfg").getProperty("featuresBoot", "");
        assertFalse(boot.contains("webconsole"), "featuresBoot installs the web console: " + boot);
        // Plugins of the http and scr features (conditional on the web console, inert without
        // it) do ship; the console itself must not.
        try (Stream<Path> files = Files.walk(assembly.path("system"))) {
            List<Path> webConsole = files.map(Path::getFileName).filter(name -> name.toString().startsWith("org.apache.felix.webconsole-")
                    || name.toString().startsWith("org.apache.karaf.webconsole.console")).toList();
            assertEquals(List.of(), webConsole, "the distribution ships the web console");
        }
    }

    @Test
    void consoleWrapperIsShippedExecutable() {
        Path wrapper = assembly.path("bin/shopdb-shell");
        assertTrue(Files.isExecutable(wrapper), wrapper + " must exist and be executable");
    }

    /** The command ACL of a scope, as etc/org.apache.karaf.command.acl.SCOPE.cfg defines it. */
    private Map<String, String> acl(String scope) {
        Properties properties = assembly.properties("etc/org.apache.karaf.command.acl." + scope + ".cfg");
        return properties.stringPropertyNames().stream()
                .collect(Collectors.toMap(key -> key, key -> properties.getProperty(key).strip(), (a, b) -> a, TreeMap::new));
    }

    /** The entries that name any role besides admin (an empty value means no role at all). */
    private static Map<String, String> grantedToOthers(Map<String, String> acl) {
        Map<String, String> others = new TreeMap<>();
        acl.forEach((command, roles) -> {
            Set<String> named = Stream.of(roles.split(",")).map(String::strip).filter(role -> !role.isEmpty())
                    .collect(Collectors.toCollection(TreeSet::new));
            named.remove(ADMIN);
            if (!named.isEmpty()) {
                others.put(command, String.join(",", named));
            }
        });
        return others;
    }
}
