package org.shopdb.core.internal.address;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class AddressNormalizerTest {

    @Test
    void macAddressesInAnyNotationBecomeColonSeparatedUpperCase() {
        assertEquals("00:1A:2B:3C:4D:5E", AddressNormalizer.mac("00-1a-2b-3c-4d-5e"));
        assertEquals("00:1A:2B:3C:4D:5E", AddressNormalizer.mac("001a.2b3c.4d5e"));
        assertEquals("00:1A:2B:3C:4D:5E", AddressNormalizer.mac("001A2B3C4D5E"));
        assertNull(AddressNormalizer.mac("00:1A:2B:3C:4D"));
        assertNull(AddressNormalizer.mac("zz:1A:2B:3C:4D:5E"));
    }

    @Test
    void ipv4MustBeADottedQuadInRange() {
        assertEquals("10.20.30.40", AddressNormalizer.ip(" 10.20.30.40 "));
        assertNull(AddressNormalizer.ip("10.20.30.256"));
        assertNull(AddressNormalizer.ip("10.20.30"));
        assertNull(AddressNormalizer.ip("lathe-pc"));
    }

    @Test
    void ipv6LiteralsAreNormalisedWithoutAnyLookup() {
        assertEquals("fe80:0:0:0:0:0:0:1", AddressNormalizer.ip("FE80::1"));
        assertNull(AddressNormalizer.ip("fe80::zz"));
    }

    @Test
    void hostnamesAreLowerCaseAndFollowRfc1123() {
        assertEquals("lathe-pc.plant.example", AddressNormalizer.hostname("Lathe-PC.plant.example."));
        assertNull(AddressNormalizer.hostname("-bad.example"));
        assertNull(AddressNormalizer.hostname("under_score"));
        assertNull(AddressNormalizer.hostname(""));
    }
}
