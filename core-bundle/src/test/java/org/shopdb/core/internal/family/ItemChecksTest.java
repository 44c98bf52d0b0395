package org.shopdb.core.internal.family;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.shopdb.api.asset.Asset;
import org.shopdb.api.error.FieldError;
import org.shopdb.api.error.InvalidRequestException;
import org.shopdb.api.error.ValidationException;
import org.shopdb.api.family.CommonFields;
import org.shopdb.api.family.FamilyRows.StoredRow;
import org.shopdb.api.family.PrimaryAddress;
import org.shopdb.core.internal.family.TestFamily.PrinterFields;

class ItemChecksTest {

    private static final Instant SEEN = Instant.parse("2026-11-24T08:00:00Z");
    private final ItemChecks<PrinterFields> checks = new ItemChecks<>(FamilyDefinition.of(TestFamily.printers()));

    private static Map<String, Object> printer() {
        Map<String, Object> values = new HashMap<>();
        values.put("assetnumber", "PRN-1");
        values.put("name", "Hall 2 label printer");
        values.put("model", " ZT411 ");
        values.put("queue", "\\\\ps1\\hall2");
        values.put("macaddress", "00:07:4d:00:00:01");
        return values;
    }

    private static LoadedItem<PrinterFields> current() {
        Asset asset = new Asset(9, "PRN-1", "Hall 2 label printer", "printer", "spare", null, null, null, null, true, SEEN, SEEN, 3);
        return new LoadedItem<>(asset, new StoredRow<>(9, new PrinterFields("ZT411", 1200L, "\\\\ps1\\hall2", SEEN), 2), null, true);
    }

    private static Set<String> fields(ValidationException refused) {
        return refused.errors().stream().map(FieldError::field).collect(Collectors.toSet());
    }

    @Test
    void aValidBodyBecomesTheThreePartsTrimmed() {
        ItemValues<PrinterFields> item = checks.checked(printer(), null);
        assertEquals(new CommonFields("PRN-1", "Hall 2 label printer", null, null, null, null, null, null), item.common());
        assertEquals(new PrinterFields("ZT411", null, "\\\\ps1\\hall2", null), item.fields());
        assertEquals(new PrimaryAddress(null, "00:07:4d:00:00:01", null), item.address());
    }

    @Test
    void unknownFieldsAndValuesOfTheWrongTypeMakeTheRequestMalformed() {
        Map<String, Object> unknown = printer();
        unknown.put("assettype", "camera");
        InvalidRequestException refused = assertThrows(InvalidRequestException.class, () -> checks.checked(unknown, null));
        assertEquals(Set.of("assettype"), fields(refused));

        Map<String, Object> wrongType = printer();
        wrongType.put("pagesprinted", "many");
        wrongType.put("isactive", "yes");
        assertEquals(Set.of("pagesprinted", "isactive"), fields(assertThrows(InvalidRequestException.class, () -> checks.checked(wrongType, null))));
    }

    @Test
    void schemaRulesAndThePluginsOwnChecksAreNamedTogether() {
        Map<String, Object> values = printer();
        values.remove("model");
        values.put("pagesprinted", -5);
        values.put("queue", "hall2");
        ValidationException refused = assertThrows(ValidationException.class, () -> checks.checked(values, null));
        assertEquals(ValidationException.class, refused.getClass(), "well-formed but invalid: 422, not 400");
        assertEquals(Set.of("model", "pagesprinted", "queue"), fields(refused));
    }

    @Test
    void readOnlyFieldsKeepWhatTheItemHoldsAndBookkeepingIsIgnored() {
        Map<String, Object> values = printer();
        values.put("laststatus", "2020-01-01T00:00:00Z");
        values.put("version", 5);
        values.put("assetid", 9);
        values.put("createddate", "2026-01-01T00:00:00Z");
        assertEquals(SEEN, checks.checked(values, current()).fields().lastStatus(), "collectors move laststatus, requests do not");
        assertEquals(null, checks.checked(values, null).fields().lastStatus());
    }

    @Test
    void theSameValuesAsStoredAreNoChange() {
        LoadedItem<PrinterFields> current = current();
        Map<String, Object> values = current.values().byName();
        values.put("macaddress", null);
        assertEquals(true, checks.checked(values, current).sameAs(current.values()));
        values.put("pagesprinted", 1300);
        assertEquals(false, checks.checked(values, current).sameAs(current.values()));
    }

    @Test
    void nullMeansNotSentSoOptionalFieldsMayBeCleared() {
        Map<String, Object> values = printer();
        values.put("queue", null);
        values.put("serialnumber", null);
        assertEquals(null, checks.checked(values, null).fields().queue());
    }
}
