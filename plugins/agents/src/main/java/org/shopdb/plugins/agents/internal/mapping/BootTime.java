package org.shopdb.plugins.agents.internal.mapping;

import java.time.Duration;
import java.time.Instant;

/**
 * Agents compute the boot time as the clock minus the uptime, each cut to whole seconds, so two
 * runs within one boot report times a second apart (more once NTP has corrected the clock). A
 * boot time this close to the one sent last time is that same boot: the earlier value is sent
 * again, so a computer that did not change stays unchanged, with no audit row.
 */
public final class BootTime {

    /** Far more than the agents' rounding and clock corrections, far less than a reboot takes to be inventoried again. */
    static final Duration SAME_BOOT = Duration.ofMinutes(2);

    private BootTime() {
    }

    /**
     * @param reported the boot time the inventory reports; {@code null} when it does not say
     * @param previous the boot time sent for this agent's computer last time; {@code null} for none
     * @return the boot time to send
     */
    public static Instant steady(Instant reported, Instant previous) {
        if (reported == null || previous == null) {
            return reported;
        }
        return Duration.between(previous, reported).abs().compareTo(SAME_BOOT) <= 0 ? previous : reported;
    }
}
