package org.shopdb.plugins.applications.internal.installations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SoftwareLabelTest {

    @Test
    void theVersionFollowsTheNameUnlessTheNameShowsIt() {
        assertEquals("Siemens NX 2306.4000", SoftwareLabel.of("Siemens NX", "2306.4000"));
        assertEquals("7-Zip 23.01 (x64)", SoftwareLabel.of("7-Zip 23.01 (x64)", "23.01"));
        assertEquals("Tool 123.4 23.4", SoftwareLabel.of("Tool 123.4", "23.4"), "23.4 inside 123.4 is not the version shown");
        assertEquals("Google Chrome", SoftwareLabel.of("Google Chrome", null));
    }

    @Test
    void aLabelFitsItsColumn() {
        assertTrue(SoftwareLabel.of("x".repeat(255), "1".repeat(255)).length() <= SoftwareLabel.MAX_LENGTH);
    }

    @Test
    void anInstallationKeepsItsVersionTrimmedAndBlankAsNone() {
        assertEquals(null, new Installed("  ", null).version());
        assertEquals("23.01", new Installed(" 23.01 ", null).version());
    }
}
