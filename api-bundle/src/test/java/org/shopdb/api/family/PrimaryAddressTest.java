package org.shopdb.api.family;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.shopdb.api.asset.NetworkAddress;

class PrimaryAddressTest {

    private static final NetworkAddress STORED = new NetworkAddress(3, 7, "10.20.4.17", "AC:CC:8E:00:00:01", "cam-07.plant", true);

    @Test
    void matchesTheStoredFormWhateverTheNotationSent() {
        assertTrue(new PrimaryAddress(" 10.20.4.17", "ac-cc-8e-00-00-01", "CAM-07.plant.").matches(STORED));
        assertFalse(new PrimaryAddress("10.20.4.18", "ac-cc-8e-00-00-01", "cam-07.plant").matches(STORED));
    }

    @Test
    void blankIsNoAddressAndNoAddressMatchesNone() {
        PrimaryAddress blank = new PrimaryAddress(" ", "", null);
        assertTrue(blank.isEmpty());
        assertTrue(blank.matches(null));
        assertFalse(blank.matches(STORED));
    }

    @Test
    void aMalformedValueNeverMatchesSoTheCoreGetsToRefuseIt() {
        assertFalse(new PrimaryAddress("10.20.4.17", "not-a-mac", "cam-07.plant").matches(STORED));
    }
}
