package org.shopdb.plugins.printers.internal.supplies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.shopdb.api.error.ValidationException;

class SupplyChangesTest {

    private static final Supply BLACK = new Supply("toner", "black", "Black Cartridge HP CF259A", 40, 3000, "pages");
    private static final Supply FUSER = new Supply("fuser", null, "Fuser Kit", 80, null, null);

    private static SupplyChanges.Stored<String> stored(String row, Supply supply) {
        return new SupplyChanges.Stored<>(row, supply);
    }

    @Test
    void theSameReportAgainChangesNothing() {
        SupplyChanges<String> changes = SupplyChanges.between(List.of(stored("1", BLACK), stored("2", FUSER)), List.of(FUSER, BLACK), "supplies");
        assertTrue(changes.isEmpty(), changes.toString());
    }

    @Test
    void aLevelThatMovedIsTheSameRowUpdatedAndAnotherCartridgeIsANewOne() {
        Supply lower = new Supply("toner", "black", "Black Cartridge HP CF259A", 35, 3000, "pages");
        Supply other = new Supply("toner", "black", "Black Cartridge HP CF259X", 100, 10000, "pages");
        SupplyChanges<String> changes = SupplyChanges.between(List.of(stored("1", BLACK), stored("2", FUSER)), List.of(lower), "supplies");
        assertEquals(1, changes.updated().size());
        assertEquals("1", changes.updated().get(0).row());
        assertEquals(List.of(stored("2", FUSER)), changes.removed(), "not reported any more: removed");
        assertTrue(changes.added().isEmpty());

        SupplyChanges<String> swapped = SupplyChanges.between(List.of(stored("1", BLACK)), List.of(other), "supplies");
        assertEquals(List.of(other), swapped.added());
        assertEquals(List.of(stored("1", BLACK)), swapped.removed());
    }

    @Test
    void suppliesAreToldApartByKindColourAndDescriptionIgnoringCase() {
        Supply shouted = new Supply("toner", "BLACK", "BLACK CARTRIDGE HP CF259A", 40, 3000, "pages");
        assertEquals(BLACK.key(), shouted.key());
        SupplyChanges<String> changes = SupplyChanges.between(List.of(stored("1", BLACK)), List.of(shouted), "supplies");
        assertEquals("1", changes.updated().get(0).row(), "the same cartridge, its text now in capitals");
        assertTrue(changes.added().isEmpty() && changes.removed().isEmpty());
    }

    @Test
    void twoSuppliesThatCannotBeToldApartAreRefusedNamingTheSecond() {
        ValidationException refused = assertThrows(ValidationException.class,
                () -> SupplyChanges.between(List.of(), List.of(FUSER, BLACK, new Supply("toner", "black", "Black Cartridge HP CF259A", 90, null, null)),
                        "supplies"));
        assertEquals("supplies[2]", refused.errors().get(0).field());
        assertTrue(refused.errors().get(0).message().contains("supplies[1]"), refused.getMessage());
    }

    @Test
    void anEmptyReportRemovesEverySupply() {
        SupplyChanges<String> changes = SupplyChanges.between(List.of(stored("1", BLACK), stored("2", FUSER)), List.of(), "supplies");
        assertEquals(2, changes.removed().size());
    }

    @Test
    void aFallingLevelIsWearNotWorthAnAuditRowButARefillOrAnythingElseIs() {
        assertFalse(update(BLACK, level(BLACK, 12)).worthAuditing(), "40 -> 12: consumption");
        assertTrue(update(level(BLACK, 3), BLACK).worthAuditing(), "3 -> 40: refilled or replaced");
        assertTrue(update(BLACK, level(BLACK, null)).worthAuditing(), "the device lost track of it");
        assertTrue(update(BLACK, new Supply("toner", "black", "Black Cartridge HP CF259A", 30, 3500, "pages")).worthAuditing(),
                "capacity changed too");
        assertEquals(Map.of("levelpercent", new org.shopdb.api.audit.FieldChange(40, 12)), update(BLACK, level(BLACK, 12)).changes());
    }

    @Test
    void aSupplyIsNamedByItsDescriptionElseByColourAndKind() {
        assertEquals("Fuser Kit", FUSER.label());
        assertEquals("cyan ink", new Supply("ink", "cyan", null, null, null, null).label());
        assertEquals("drum", new Supply("drum", null, null, null, null, null).label());
    }

    private static SupplyChanges.Updated<String> update(Supply before, Supply after) {
        return new SupplyChanges.Updated<>("1", before, after);
    }

    private static Supply level(Supply supply, Integer percent) {
        return new Supply(supply.supplyKind(), supply.colour(), supply.description(), percent, supply.capacity(), supply.capacityUnit());
    }
}
