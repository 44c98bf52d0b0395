package ${package}.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.shopdb.api.audit.FieldChange;
import org.shopdb.api.error.FieldError;
import org.shopdb.api.error.ValidationException;

/** Fields are built from values by name here, so that adding a field leaves these tests as they are. */
class ${entityName}FieldsTest {

    @Test
    void modelIsRequiredAndEveryTooLongFieldIsNamed() {
        ValidationException missing = assertThrows(ValidationException.class, () -> ${entityName}Fields.fromValues(Map.of("vendor", "Acme", "model", " ")).validate());
        assertEquals(List.of(new FieldError("model", "is required")), missing.errors());

        String tooLong = "x".repeat(${entityName}Fields.NAME_LENGTH + 1);
        ValidationException thrown = assertThrows(ValidationException.class, () -> ${entityName}Fields.fromValues(Map.of("vendor", tooLong, "model", tooLong)).validate());
        assertEquals(List.of("model", "vendor"), thrown.errors().stream().map(FieldError::field).toList());
    }

    @Test
    void validFieldsPass() {
        ${entityName}Fields.fromValues(Map.of("model", "M-100")).validate();
    }

    @Test
    void auditChangesNameOnlyWhatDiffers() {
        ${entityName}Fields before = ${entityName}Fields.fromValues(Map.of("vendor", "Acme", "model", "M-100"));
        assertEquals(Map.of("model", new FieldChange("M-100", "M-200")), ${entityName}Fields.fromValues(Map.of("vendor", "Acme", "model", "M-200")).changesFrom(before));
        assertEquals(Map.of(), before.changesFrom(before));
    }

    @Test
    void creationRecordsEverySetFieldFromNothing() {
        assertEquals(Map.of("vendor", new FieldChange(null, "Acme"), "model", new FieldChange(null, "M-100")),
                ${entityName}Fields.fromValues(Map.of("vendor", "Acme", "model", "M-100")).changesFrom(null));
    }
}
