package org.shopdb.core.internal.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LifecycleStepTest {

    @Test
    void aPluginTheDatabaseNeverSawIsInstalled() {
        assertEquals(LifecycleStep.INSTALL, LifecycleStep.decide(null, false, "1.0.0"));
    }

    @Test
    void anotherVersionIsAnUpgradeEitherWay() {
        assertEquals(LifecycleStep.UPGRADE, LifecycleStep.decide("1.0.0", false, "1.1.0"));
        assertEquals(LifecycleStep.UPGRADE, LifecycleStep.decide("1.1.0", false, "1.0.0"));
    }

    @Test
    void theSameVersionNeedsNothingEvenWrittenDifferently() {
        assertEquals(LifecycleStep.NONE, LifecycleStep.decide("1.2.0", false, "1.2.0"));
        assertEquals(LifecycleStep.NONE, LifecycleStep.decide("1.2", false, "1.2.0"));
    }

    @Test
    void comingBackAfterAnUninstallDoesNotInstallAgain() {
        assertEquals(LifecycleStep.REINSTALL, LifecycleStep.decide("1.0.0", true, "1.0.0"));
        assertEquals(LifecycleStep.UPGRADE, LifecycleStep.decide("1.0.0", true, "2.0.0"),
                "back at another version: upgrade from the one last seen");
    }

    @Test
    void versionsCompareAsOsgiVersions() {
        assertTrue(LifecycleStep.sameVersion("1", "1.0.0"));
        assertFalse(LifecycleStep.sameVersion("1.0.0", "1.0.0.beta"));
        assertTrue(LifecycleStep.sameVersion("v-one", "v-one"), "not OSGi versions: compared as text");
        assertTrue(LifecycleStep.isDowngrade("1.10.0", "1.9.0"));
        assertFalse(LifecycleStep.isDowngrade("1.9.0", "1.10.0"), "numbers, not text: 1.10 is after 1.9");
    }

    @Test
    void stepsAreLoggedInWords() {
        assertEquals("installed 1.0.0", PluginLifecycleRunner.describe(LifecycleStep.INSTALL, null, "1.0.0"));
        assertEquals("upgraded from 1.0.0 to 1.1.0", PluginLifecycleRunner.describe(LifecycleStep.UPGRADE, "1.0.0", "1.1.0"));
        assertEquals("downgraded from 1.1.0 to 1.0.0", PluginLifecycleRunner.describe(LifecycleStep.UPGRADE, "1.1.0", "1.0.0"));
    }
}
