package org.shopdb.plugins.cameras.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.shopdb.api.asset.NetworkAddress;

class NetworkIdentifiersTest {

    @Test
    void macAddressesOfEveryNotationBecomeTheStoredForm() {
        for (String notation : new String[] {"ac:cc:8e:01:02:03", "AC-CC-8E-01-02-03", "accc.8e01.0203", "ACCC8E010203", " accc8e010203 "}) {
            assertEquals("AC:CC:8E:01:02:03", NetworkIdentifiers.mac(notation), notation);
        }
        assertEquals("not-a-mac", NetworkIdentifiers.mac("not-a-mac"), "malformed input is left for the core to reject");
        assertEquals(null, NetworkIdentifiers.mac(" "));
    }

    @Test
    void ipv6IsCompressedInLowerCaseAndHostnamesLoseCaseAndTheRootDot() {
        assertEquals("10.20.4.17", NetworkIdentifiers.ip(" 10.20.4.17 "));
        assertEquals("fe80:0:0:0:0:0:0:1", NetworkIdentifiers.ip("FE80::1"));
        assertEquals("cam-07.plant.example", NetworkIdentifiers.hostname("CAM-07.Plant.Example."));
    }

    @Test
    void primaryAddressMatchesTheStoredOneWhateverTheNotation() {
        NetworkAddress stored = new NetworkAddress(5, 9, "10.20.4.17", "AC:CC:8E:01:02:03", "cam-07", true);
        assertTrue(new PrimaryAddress("10.20.4.17", "ac-cc-8e-01-02-03", "CAM-07").matches(stored));
        assertFalse(new PrimaryAddress("10.20.4.18", "ac-cc-8e-01-02-03", "CAM-07").matches(stored));
        assertFalse(new PrimaryAddress(null, null, null).matches(stored));
        assertTrue(new PrimaryAddress(null, " ", null).matches(null));
        assertFalse(new PrimaryAddress("10.0.0.1", null, null).matches(null));
    }
}
