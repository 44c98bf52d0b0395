package org.shopdb.api.family;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.shopdb.api.error.ValidationException;

class TimesTest {

    private static final Clock NOW = Clock.fixed(Instant.parse("2026-11-25T12:00:00.750Z"), ZoneOffset.UTC);

    @Test
    void aRecordWithoutATimeReportsWhenItArrivedToTheSecond() {
        assertEquals(Instant.parse("2026-11-25T12:00:00Z"), Times.reported(null, "seenat", NOW));
    }

    @Test
    void aReportedTimeIsKeptToTheSecond() {
        assertEquals(Instant.parse("2026-11-20T06:12:00Z"), Times.reported(" 2026-11-20T06:12:00.400Z", "seenat", NOW));
    }

    @Test
    void slightlyFastScriptClocksAreAcceptedButNotWrongOnes() {
        assertEquals(Instant.parse("2026-11-25T12:04:00Z"), Times.reported("2026-11-25T12:04:00Z", "inventoriedat", NOW));
        ValidationException future = assertThrows(ValidationException.class, () -> Times.reported("2026-11-25T13:00:00Z", "inventoriedat", NOW));
        assertEquals("inventoriedat", future.errors().get(0).field());
    }

    @Test
    void textThatIsNoInstantIsRefusedNamingTheField() {
        ValidationException refused = assertThrows(ValidationException.class, () -> Times.reported("yesterday", "seenat", NOW));
        assertEquals("seenat", refused.errors().get(0).field());
    }

    @Test
    void parsedTimesAreKeptToTheSecondWhateverTheirDistance() {
        assertEquals(Instant.parse("2030-01-01T00:00:00Z"), Times.parsed("2030-01-01T00:00:00.999Z", "at"));
        assertEquals("at", assertThrows(ValidationException.class, () -> Times.parsed(null, "at")).errors().get(0).field());
    }
}
