package org.shopdb.plugins.cameras.internal;

import java.util.Objects;

import org.shopdb.api.asset.NetworkAddress;
import org.shopdb.api.asset.NewNetworkAddress;

/**
 * The camera's primary network address as the API shows it; stored by the core's
 * {@link org.shopdb.api.asset.NetworkAddressService}. All {@code null}: no address.
 */
public record PrimaryAddress(String ipAddress, String macAddress, String hostname) {

    boolean isEmpty() {
        return blank(ipAddress) && blank(macAddress) && blank(hostname);
    }

    NewNetworkAddress toNew() {
        return new NewNetworkAddress(ipAddress, macAddress, hostname, true);
    }

    /** Whether {@code stored} already says this, comparing in the form addresses are stored. */
    boolean matches(NetworkAddress stored) {
        if (stored == null) {
            return isEmpty();
        }
        return Objects.equals(NetworkIdentifiers.ip(ipAddress), stored.ipAddress())
                && Objects.equals(NetworkIdentifiers.mac(macAddress), stored.macAddress())
                && Objects.equals(NetworkIdentifiers.hostname(hostname), stored.hostname());
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
