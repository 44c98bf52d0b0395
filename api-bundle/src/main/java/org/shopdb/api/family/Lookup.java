package org.shopdb.api.family;

import java.util.Objects;

/**
 * How a collector finds the item a record describes ({@link FamilyStore#findId}); values are
 * compared ignoring case, MAC and IP addresses in any notation.
 */
public sealed interface Lookup {

    static Lookup assetNumber(String value) {
        return new AssetNumber(value);
    }

    static Lookup serialNumber(String value) {
        return new SerialNumber(value);
    }

    /** Any network address of the item (not only the primary one) with this MAC. */
    static Lookup macAddress(String value) {
        return new MacAddress(value);
    }

    /**
     * Any network address of the item (not only the primary one) with this IP address, IPv6 in
     * any notation: for collectors whose scripts know a device by the address they polled.
     *
     * @since 1.1
     */
    static Lookup ipAddress(String value) {
        return new IpAddress(value);
    }

    /** A column of the plugin's table. */
    static Lookup column(String column, String value) {
        return new Column(column, value);
    }

    record AssetNumber(String value) implements Lookup {
    }

    record SerialNumber(String value) implements Lookup {
    }

    record MacAddress(String value) implements Lookup {
    }

    /** @since 1.1 */
    record IpAddress(String value) implements Lookup {
    }

    record Column(String column, String value) implements Lookup {
        public Column {
            Objects.requireNonNull(column, "column");
        }
    }

    /** The value looked for; a lookup of {@code null} or blank finds nothing. */
    String value();
}
