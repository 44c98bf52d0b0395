package org.shopdb.core.internal.console;

import java.util.Map;

import javax.security.auth.login.AppConfigurationEntry;
import javax.security.auth.login.AppConfigurationEntry.LoginModuleControlFlag;

import org.apache.karaf.jaas.boot.ProxyLoginModule;
import org.apache.karaf.jaas.config.JaasRealm;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Karaf's {@value #NAME} realm (SSH console, {@code bin/client}, JMX) backed by ShopDB's
 * users. Karaf's own realm of that name, over {@code etc/users.properties}, has rank 0;
 * Karaf asks the realm of the highest rank, so this one replaces it for as long as it is
 * registered, that is while the user table is available. Without it the properties realm
 * answers again, and that file ships without users.
 */
@Component(service = JaasRealm.class)
public class ConsoleRealm implements JaasRealm {

    static final String NAME = "karaf";
    static final int RANK = 1;

    private final AppConfigurationEntry[] entries;

    @Activate
    public ConsoleRealm(BundleContext context, @Reference ConsoleAuthenticator authenticator) {
        // JAAS instantiates login modules by class name; Karaf's proxy loads ours from this bundle.
        Map<String, Object> options = Map.of(
                ProxyLoginModule.PROPERTY_MODULE, ConsoleLoginModule.class.getName(),
                ProxyLoginModule.PROPERTY_BUNDLE, Long.toString(context.getBundle().getBundleId()),
                ConsoleLoginModule.AUTHENTICATOR_OPTION, authenticator);
        this.entries = new AppConfigurationEntry[] {
                new AppConfigurationEntry(ProxyLoginModule.class.getName(), LoginModuleControlFlag.REQUIRED, options)};
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public int getRank() {
        return RANK;
    }

    @Override
    public AppConfigurationEntry[] getEntries() {
        return entries.clone();
    }
}
