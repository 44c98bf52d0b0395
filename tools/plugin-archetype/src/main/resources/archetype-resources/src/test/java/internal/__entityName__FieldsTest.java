package ${package}.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.shopdb.api.audit.FieldChange;
import org.shopdb.api.error.FieldError;
import org.shopdb.api.error.ValidationException;

class ${entityName}FieldsTest {

    @Test
    void modelIsRequiredAndEveryTooLongFieldIsNamed() {
        ValidationException missing = assertThrows(ValidationException.class, () -> new ${entityName}Fields("Acme", " ").validate());
        assertEquals(List.of(new FieldError("model", "is required")), missing.errors());

        String tooLong = "x".repeat(${entityName}Fields.NAME_LENGTH + 1);
        ValidationException thrown = assertThrows(ValidationException.class, () -> new ${entityName}Fields(tooLong, tooLong).validate());
        assertEquals(List.of("model", "vendor"), thrown.errors().stream().map(FieldError::field).toList());
    }

    @Test
    void validFieldsPass() {
        new ${entityName}Fields(null, "M-100").validate();
    }

    @Test
    void auditChangesNameOnlyWhatDiffers() {
        ${entityName}Fields before = new ${entityName}Fields("Acme", "M-100");
        assertEquals(Map.of("model", new FieldChange("M-100", "M-200")), new ${entityName}Fields("Acme", "M-200").changesFrom(before));
        assertEquals(Map.of(), before.changesFrom(before));
    }

    @Test
    void creationRecordsEverySetFieldFromNothing() {
        assertEquals(Map.of("vendor", new FieldChange(null, "Acme"), "model", new FieldChange(null, "M-100")),
                new ${entityName}Fields("Acme", "M-100").changesFrom(null));
    }
}
