package org.shopdb.api.family;

import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.shopdb.api.asset.NetworkAddress;
import org.shopdb.api.asset.NetworkIdentifiers;
import org.shopdb.api.asset.NewNetworkAddress;

/**
 * An item's primary network address as the family's JSON shows it ({@code ipaddress},
 * {@code macaddress}, {@code hostname}); stored by the core's
 * {@link org.shopdb.api.asset.NetworkAddressService}, normalised there (MAC as
 * {@code AA:BB:CC:DD:EE:FF}, hostnames lower case). All {@code null}: no address.
 */
public record PrimaryAddress(String ipAddress, String macAddress, String hostname) {

    public static final List<String> NAMES = RecordFields.names(PrimaryAddress.class);

    public static final PrimaryAddress NONE = new PrimaryAddress(null, null, null);

    public PrimaryAddress {
        ipAddress = blankAsNull(ipAddress);
        macAddress = blankAsNull(macAddress);
        hostname = blankAsNull(hostname);
    }

    public static PrimaryAddress of(NetworkAddress stored) {
        return stored == null ? NONE : new PrimaryAddress(stored.ipAddress(), stored.macAddress(), stored.hostname());
    }

    public boolean isEmpty() {
        return ipAddress == null && macAddress == null && hostname == null;
    }

    public NewNetworkAddress toNew() {
        return new NewNetworkAddress(ipAddress, macAddress, hostname, true);
    }

    /** Whether {@code stored} (normalised by the core) says the same as this, once normalised. */
    public boolean matches(NetworkAddress stored) {
        return normalised().equals(of(stored));
    }

    /** In the form the core stores addresses; malformed values as given. */
    public PrimaryAddress normalised() {
        return new PrimaryAddress(normalised(ipAddress, NetworkIdentifiers::ip), normalised(macAddress, NetworkIdentifiers::mac),
                normalised(hostname, NetworkIdentifiers::hostname));
    }

    /** Under their JSON names ({@link RecordFields}' rule), in {@link #NAMES} order. */
    public Map<String, Object> byName() {
        return RecordFields.byName(this);
    }

    /** A malformed value stays as given: it then differs from anything stored, and the core refuses it on write. */
    private static String normalised(String value, UnaryOperator<String> normaliser) {
        if (value == null) {
            return null;
        }
        String normal = normaliser.apply(value);
        return normal == null ? value : normal;
    }

    private static String blankAsNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
