package org.shopdb.core.internal.collector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class RecordValuesTest {

    @Test
    void valuesAreMapsListsLongsDoublesStringsBooleans() {
        Map<String, Object> record = RecordValues.toMap(CollectorJson.MAPPER.readTree(
                "{\"n\":7,\"big\":9007199254740993,\"x\":2.5,\"s\":\"t\",\"b\":true,\"z\":null,\"a\":[1,{\"k\":\"v\"}]}"));
        assertEquals(7L, record.get("n"));
        assertEquals(9007199254740993L, record.get("big"));
        assertEquals(2.5d, record.get("x"));
        assertEquals("t", record.get("s"));
        assertEquals(Boolean.TRUE, record.get("b"));
        assertNull(record.get("z"));
        assertEquals(List.of(1L, Map.of("k", "v")), record.get("a"));
        assertEquals(List.of("n", "big", "x", "s", "b", "z", "a"), List.copyOf(record.keySet()), "document order");
    }

    @Test
    void wholeNumbersBeyondLongAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> RecordValues.toMap(CollectorJson.MAPPER.readTree("{\"n\":123456789012345678901234567890}")));
    }
}
