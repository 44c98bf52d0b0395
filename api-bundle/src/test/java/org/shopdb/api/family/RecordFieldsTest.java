package org.shopdb.api.family;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.shopdb.api.error.FieldError;
import org.shopdb.api.error.ValidationException;

class RecordFieldsTest {

    public record Sample(String osVersion, Integer cpuCores, long memoryMb, boolean virtual, Boolean managed, BigDecimal price,
            Instant lastBoot, LocalDate installDate) implements FamilyFields {
    }

    @Test
    void columnNamesAreTheComponentNamesInLowerCase() {
        assertEquals(List.of("osversion", "cpucores", "memorymb", "virtual", "managed", "price", "lastboot", "installdate"),
                RecordFields.names(Sample.class));
    }

    @Test
    void readsJsonValuesTrimsTextAndKeepsTimesToTheSecond() {
        Map<String, Object> values = new HashMap<>();
        values.put("osversion", "  10.0.19045 ");
        values.put("cpucores", 8L);
        values.put("memorymb", 16384);
        values.put("virtual", true);
        values.put("price", 1299.5);
        values.put("lastboot", "2026-11-20T06:12:00.750Z");
        values.put("installdate", "2026-01-12");
        values.put("unknown", "ignored");
        Sample sample = RecordFields.read(Sample.class, values);
        assertEquals(new Sample("10.0.19045", 8, 16384L, true, null, new BigDecimal("1299.5"), Instant.parse("2026-11-20T06:12:00Z"),
                LocalDate.parse("2026-01-12")), sample);
    }

    @Test
    void blankTextAndMissingValuesAreNothingAndPrimitivesTheirDefault() {
        Sample sample = RecordFields.read(Sample.class, Map.of("osversion", "   "));
        assertEquals(new Sample(null, null, 0L, false, null, null, null, null), sample);
    }

    @Test
    void everyValueOfTheWrongTypeIsNamed() {
        ValidationException wrong = assertThrows(ValidationException.class, () -> RecordFields.read(Sample.class,
                Map.of("osversion", 10, "cpucores", 2.5, "virtual", "yes", "lastboot", "yesterday", "installdate", "12/01/2026",
                        "memorymb", 1e30)));
        assertEquals(List.of("osversion", "cpucores", "memorymb", "virtual", "lastboot", "installdate"),
                wrong.errors().stream().map(FieldError::field).toList());
    }

    @Test
    void byNameListsEveryComponentInOrderWithItsValue() {
        Sample sample = new Sample("10", 4, 8192, false, true, null, null, null);
        assertEquals(List.of("osversion", "cpucores", "memorymb", "virtual", "managed", "price", "lastboot", "installdate"),
                List.copyOf(sample.byName().keySet()));
        assertEquals(4, sample.byName().get("cpucores"));
    }
}
