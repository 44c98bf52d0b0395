package org.shopdb.api.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class FieldChangesTest {

    @Test
    void onlyWhatDiffersIsAChangeInTheOrderOfTheFields() {
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("vendor", "Axis");
        before.put("fps", 25);
        before.put("model", "P1");
        Map<String, Object> after = new LinkedHashMap<>(before);
        after.put("fps", 15);
        after.put("model", null);
        Map<String, FieldChange> changes = FieldChanges.between(before, after);
        assertEquals(List.of("fps", "model"), List.copyOf(changes.keySet()));
        assertEquals(new FieldChange(25, 15), changes.get("fps"));
        assertEquals(new FieldChange("P1", null), changes.get("model"));
    }

    @Test
    void creationAndDeletionNameEverySetField() {
        Map<String, Object> fields = new HashMap<>();
        fields.put("vendor", "Axis");
        fields.put("model", null);
        assertEquals(Map.of("vendor", new FieldChange(null, "Axis")), FieldChanges.between(null, fields));
        assertEquals(Map.of("vendor", new FieldChange("Axis", null)), FieldChanges.between(fields, null));
        assertEquals(Map.of(), FieldChanges.between(fields, fields));
    }
}
