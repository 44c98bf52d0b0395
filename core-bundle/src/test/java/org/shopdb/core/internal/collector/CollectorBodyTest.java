package org.shopdb.core.internal.collector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

class CollectorBodyTest {

    private static List<JsonNode> records(String json) {
        return CollectorBody.records(json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void oneObjectIsOneRecord() {
        List<JsonNode> records = records("{\"mac\":\"00:11\",\"records\":3}");
        assertEquals(1, records.size());
        assertEquals("00:11", records.get(0).get("mac").asString());
    }

    @Test
    void anArrayIsABatch() {
        assertEquals(3, records("[{\"a\":1},{\"a\":2},{\"a\":3}]").size());
    }

    @Test
    void anObjectWithOnlyRecordsIsABatch() {
        List<JsonNode> records = records("{\"records\":[{\"a\":1},{\"a\":2}]}");
        assertEquals(2, records.size());
        assertEquals(2, records.get(1).get("a").asInt());
        assertEquals(1, records("{\"records\":[{\"a\":1}],\"other\":1}").size(), "with other properties it is one record");
    }

    @Test
    void nonRecordsStayInTheBatchForPerRecordReporting() {
        assertEquals(2, records("[{\"a\":1}, 7]").size());
    }

    @Test
    void brokenEmptyAndScalarBodiesAreInvalidJson() {
        for (String body : new String[] {"", "   ", "{\"a\":", "[]", "{\"records\":[]}", "42", "\"text\"", "null", "{\"a\":1} {\"a\":2}",
                "{\"a\":1,\"a\":2}"}) {
            InvalidJsonException invalid = assertThrows(InvalidJsonException.class, () -> records(body), body);
            assertEquals("invalid_json", invalid.code());
        }
        InvalidJsonException broken = assertThrows(InvalidJsonException.class, () -> records("{\n\"a\": tru}"));
        assertTrue(broken.errors().get(0).message().contains("line 2"), broken.getMessage());
    }
}
