package org.shopdb.core.internal.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

import javax.security.auth.login.AppConfigurationEntry;
import javax.security.auth.login.AppConfigurationEntry.LoginModuleControlFlag;

import org.apache.karaf.jaas.boot.ProxyLoginModule;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.shopdb.core.internal.auth.LoginThrottle;

class ConsoleRealmTest {

    private static final long BUNDLE_ID = 42;

    private final ConsoleAuthenticator authenticator = new ConsoleAuthenticator(new KnownUsers()::authenticate,
            new LoginThrottle(5, Duration.ofMinutes(5), Clock.systemUTC()));
    private final ConsoleRealm realm = new ConsoleRealm(contextOf(BUNDLE_ID), authenticator);

    @Test
    void replacesKarafsOwnRealmOfTheSameName() {
        assertEquals("karaf", realm.getName(), "the realm sshRealm and jmxRealm name");
        assertTrue(realm.getRank() > 0, "Karaf's properties realm has rank 0; the highest rank is used");
    }

    @Test
    void hasOneRequiredModuleLoadedThroughKarafsProxyFromThisBundle() {
        AppConfigurationEntry[] entries = realm.getEntries();
        assertEquals(1, entries.length);
        AppConfigurationEntry entry = entries[0];
        assertEquals(ProxyLoginModule.class.getName(), entry.getLoginModuleName());
        assertEquals(LoginModuleControlFlag.REQUIRED, entry.getControlFlag());
        Map<String, ?> options = entry.getOptions();
        assertEquals(ConsoleLoginModule.class.getName(), options.get(ProxyLoginModule.PROPERTY_MODULE));
        assertEquals(Long.toString(BUNDLE_ID), options.get(ProxyLoginModule.PROPERTY_BUNDLE));
        assertSame(authenticator, options.get(ConsoleLoginModule.AUTHENTICATOR_OPTION));
    }

    private static BundleContext contextOf(long bundleId) {
        Bundle bundle = (Bundle) Proxy.newProxyInstance(Bundle.class.getClassLoader(), new Class<?>[] {Bundle.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("getBundleId")) {
                        return bundleId;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        return (BundleContext) Proxy.newProxyInstance(BundleContext.class.getClassLoader(), new Class<?>[] {BundleContext.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("getBundle") && (args == null || args.length == 0)) {
                        return bundle;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
