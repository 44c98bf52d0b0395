package org.shopdb.api.asset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class NetworkIdentifiersTest {

    @Test
    void macAddressesInAnyNotationBecomeColonSeparatedUpperCase() {
        assertEquals("00:1A:2B:3C:4D:5E", NetworkIdentifiers.mac("00-1a-2b-3c-4d-5e"));
        assertEquals("00:1A:2B:3C:4D:5E", NetworkIdentifiers.mac("001a.2b3c.4d5e"));
        assertEquals("00:1A:2B:3C:4D:5E", NetworkIdentifiers.mac("001A2B3C4D5E"));
        assertNull(NetworkIdentifiers.mac("00:1A:2B:3C:4D"));
        assertNull(NetworkIdentifiers.mac("zz:1A:2B:3C:4D:5E"));
    }

    @Test
    void ipv4MustBeADottedQuadInRange() {
        assertEquals("10.20.30.40", NetworkIdentifiers.ip(" 10.20.30.40 "));
        assertNull(NetworkIdentifiers.ip("10.20.30.256"));
        assertNull(NetworkIdentifiers.ip("10.20.30"));
        assertNull(NetworkIdentifiers.ip("lathe-pc"));
    }

    @Test
    void ipv6LiteralsAreNormalisedWithoutAnyLookup() {
        assertEquals("fe80:0:0:0:0:0:0:1", NetworkIdentifiers.ip("FE80::1"));
        assertNull(NetworkIdentifiers.ip("fe80::zz"));
    }

    @Test
    void hostnamesAreLowerCaseAndFollowRfc1123() {
        assertEquals("lathe-pc.plant.example", NetworkIdentifiers.hostname("Lathe-PC.plant.example."));
        assertNull(NetworkIdentifiers.hostname("-bad.example"));
        assertNull(NetworkIdentifiers.hostname("under_score"));
        assertNull(NetworkIdentifiers.hostname(""));
    }
}
