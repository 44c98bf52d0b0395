package org.shopdb.plugins.agents.internal.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class BootTimeTest {

    private static final Instant BOOT = Instant.parse("2026-12-06T19:45:55Z");

    @Test
    void theSameBootReportedASecondApartIsSentAsBefore() {
        assertEquals(BOOT, BootTime.steady(BOOT.plusSeconds(1), BOOT));
        assertEquals(BOOT, BootTime.steady(BOOT.minusSeconds(1), BOOT));
        assertEquals(BOOT, BootTime.steady(BOOT.plus(BootTime.SAME_BOOT), BOOT), "NTP corrections stay within the margin");
    }

    @Test
    void aRebootIsANewBootTime() {
        Instant reboot = BOOT.plus(BootTime.SAME_BOOT).plusSeconds(1);
        assertEquals(reboot, BootTime.steady(reboot, BOOT));
        assertEquals(BOOT.plusSeconds(3 * 3600), BootTime.steady(BOOT.plusSeconds(3 * 3600), BOOT));
    }

    @Test
    void withoutOneOfTheTwoTheReportedOneCounts() {
        assertEquals(BOOT, BootTime.steady(BOOT, null), "the first inventory");
        assertNull(BootTime.steady(null, BOOT), "an inventory without boot time leaves the stored one");
    }
}
