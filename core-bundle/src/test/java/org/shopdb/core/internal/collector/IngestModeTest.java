package org.shopdb.core.internal.collector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.shopdb.api.error.InvalidRequestException;

class IngestModeTest {

    @Test
    void allOrNothingUnlessPerRecordIsAskedFor() {
        assertEquals(IngestMode.ALL_OR_NOTHING, IngestMode.of(null));
        assertEquals(IngestMode.ALL_OR_NOTHING, IngestMode.of("all-or-nothing"));
        assertEquals(IngestMode.PER_RECORD, IngestMode.of("per-record"));
        assertEquals("mode", assertThrows(InvalidRequestException.class, () -> IngestMode.of("best-effort")).errors().get(0).field());
    }
}
