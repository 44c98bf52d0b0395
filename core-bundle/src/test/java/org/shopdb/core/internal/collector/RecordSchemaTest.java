package org.shopdb.core.internal.collector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.shopdb.api.error.FieldError;

class RecordSchemaTest {

    static final String CAMERA_SCHEMA = """
            {"$schema": "https://json-schema.org/draft/2020-12/schema",
             "type": "object",
             "required": ["macaddress", "name"],
             "additionalProperties": false,
             "properties": {
               "macaddress": {"type": "string", "pattern": "^[0-9A-F]{2}(:[0-9A-F]{2}){5}$"},
               "name": {"type": "string", "minLength": 1},
               "fps": {"type": "integer", "minimum": 1, "maximum": 240},
               "ip": {"type": "string", "format": "ipv4"},
               "ports": {"type": "array", "items": {"type": "integer"}}
             }}""";

    static RecordSchema camera() {
        return RecordSchema.of(CollectorJson.MAPPER.readTree(CAMERA_SCHEMA));
    }

    private static Map<String, String> errors(String record) {
        return camera().validate(CollectorJson.MAPPER.readTree(record)).stream()
                .collect(Collectors.toMap(FieldError::field, FieldError::message, (a, b) -> a + "; " + b));
    }

    @Test
    void validRecordHasNoErrors() {
        assertEquals(Map.of(), errors("{\"macaddress\":\"00:1A:2B:3C:4D:5E\",\"name\":\"Gate 1\",\"fps\":25,\"ip\":\"10.0.0.7\",\"ports\":[80,554]}"));
    }

    @Test
    void eachErrorNamesItsField() {
        Map<String, String> errors = errors("{\"macaddress\":\"nope\",\"fps\":\"fast\",\"ip\":\"10.0.0.300\",\"ports\":[80,\"x\"],\"colour\":\"red\"}");
        assertEquals(List.of("colour", "fps", "ip", "macaddress", "name", "ports[1]"), errors.keySet().stream().sorted().toList(), errors.toString());
        assertTrue(errors.get("name").contains("required"), errors.get("name"));
        assertTrue(errors.get("fps").contains("integer"), errors.get("fps"));
        assertFalse(errors.get("fps").startsWith("$"), "no JSON path in the message: " + errors.get("fps"));
        assertTrue(errors.get("ip").contains("ipv4"), "format is asserted: " + errors.get("ip"));
    }

    @Test
    void aNonObjectRecordIsOneErrorOnTheRecord() {
        assertEquals(List.of(""), camera().validate(CollectorJson.MAPPER.readTree("[1]")).stream().map(FieldError::field).toList());
    }

    @Test
    void brokenSchemasAreRefusedWhenLoaded() {
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class, () -> RecordSchema.load(null));
        assertTrue(missing.getMessage().contains("no record schema"));
        assertThrows(IllegalArgumentException.class,
                () -> RecordSchema.load(RecordSchemaTest.class.getResource("/db/broken-changelog.xml")));
    }
}
