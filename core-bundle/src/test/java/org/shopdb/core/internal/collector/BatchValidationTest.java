package org.shopdb.core.internal.collector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.shopdb.api.error.FieldError;

class BatchValidationTest {

    private static final String GOOD_1 = "{\"macaddress\":\"00:1A:2B:3C:4D:01\",\"name\":\"Gate 1\",\"fps\":25}";
    private static final String GOOD_2 = "{\"macaddress\":\"00:1A:2B:3C:4D:02\",\"name\":\"Gate 2\"}";

    private static BatchValidation validate(String batch) {
        return BatchValidation.of(CollectorBody.records(batch.getBytes(StandardCharsets.UTF_8)), RecordSchemaTest.camera(), List.of("macaddress"));
    }

    @Test
    void validBatchConvertsRecordsForTheCollector() {
        BatchValidation validation = validate("[" + GOOD_1 + "," + GOOD_2 + "]");
        assertTrue(validation.invalidRecords().isEmpty());
        assertTrue(validation.duplicates().isEmpty());
        Map<String, Object> first = validation.values(0);
        assertEquals(25L, first.get("fps"), "whole numbers are Long");
        assertEquals("Gate 2", validation.values(1).get("name"));
    }

    @Test
    void schemaErrorsNameTheRecordIndexAndField() {
        BatchValidation validation = validate("[" + GOOD_1 + ",{\"macaddress\":\"00:1A:2B:3C:4D:03\",\"fps\":0}," + GOOD_2 + ",\"text\"]");
        assertEquals(List.of(1, 3), List.copyOf(validation.invalidRecords().keySet()));
        List<String> fields = validation.schemaErrors().stream().map(FieldError::field).sorted().toList();
        assertEquals(List.of("records[1].fps", "records[1].name", "records[3]"), fields);
        assertThrows(IllegalArgumentException.class, () -> validation.values(1));
        assertEquals("Gate 2", validation.values(2).get("name"), "valid records are still there for per-record mode");
    }

    @Test
    void repeatedNaturalKeyIsReportedOnTheLaterRecord() {
        BatchValidation validation = validate("[" + GOOD_1 + "," + GOOD_2 + "," + GOOD_1.replace("Gate 1", "Gate 1 again") + "]");
        assertEquals(1, validation.duplicates().size());
        FieldError duplicate = validation.duplicates().get(0);
        assertEquals("records[2]", duplicate.field());
        assertTrue(duplicate.message().contains("records[0]") && duplicate.message().contains("macaddress=00:1A:2B:3C:4D:01"), duplicate.message());
    }

    @Test
    void missingNaturalKeyIsAnErrorEvenWhenTheSchemaAllowsIt() {
        BatchValidation validation = BatchValidation.of(CollectorBody.records("{\"name\":\"x\"}".getBytes(StandardCharsets.UTF_8)),
                RecordSchema.of(CollectorJson.MAPPER.readTree("{\"type\":\"object\"}")), List.of("serial"));
        assertEquals("records[0].serial", validation.schemaErrors().get(0).field());
    }
}
