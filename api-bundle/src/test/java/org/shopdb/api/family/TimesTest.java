package org.shopdb.api.family;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.shopdb.api.error.ValidationException;

class TimesTest {

    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00.750Z");

    @Test
    void aRecordWithoutATimeHappenedWhenItArrivedToTheSecond() {
        assertEquals(Instant.parse("2026-11-25T12:00:00Z"), Times.reported("reportedat", null, NOW));
    }

    @Test
    void aReportedTimeIsKeptToTheSecond() {
        assertEquals(Instant.parse("2026-11-24T06:00:01Z"), Times.reported("reportedat", "2026-11-24T06:00:01.9Z", NOW));
    }

    @Test
    void slightlyFastScriptClocksAreAcceptedButNotWrongOnes() {
        assertEquals(Instant.parse("2026-11-25T12:04:00Z"), Times.reported("seenat", "2026-11-25T12:04:00Z", NOW));
        ValidationException future = assertThrows(ValidationException.class, () -> Times.reported("seenat", "2026-11-25T13:00:00Z", NOW));
        assertEquals("seenat", future.errors().get(0).field());
        assertTrue(future.errors().get(0).message().contains("clock"));
    }

    @Test
    void textThatIsNoInstantIsNamed() {
        ValidationException wrong = assertThrows(ValidationException.class, () -> Times.reported("reportedat", "yesterday", NOW));
        assertEquals("reportedat", wrong.errors().get(0).field());
    }

    @Test
    void parsedTimesAreKeptToTheSecondWhateverTheirDistance() {
        assertEquals(Instant.parse("2030-01-01T00:00:00Z"), Times.parsed("at", "2030-01-01T00:00:00.999Z"));
        assertEquals("at", assertThrows(ValidationException.class, () -> Times.parsed("at", null)).errors().get(0).field());
    }
}
