package org.shopdb.plugins.equipment.internal.hooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.shopdb.api.plugin.SearchField;
import org.shopdb.api.plugin.WidgetData;
import org.shopdb.api.plugin.WidgetData.Slice;
import org.shopdb.api.reference.Location;
import org.shopdb.api.reference.LocationKind;
import org.shopdb.plugins.equipment.internal.EquipmentChangelog;
import org.shopdb.plugins.equipment.internal.MachineFamily;
import org.shopdb.testkit.ChangelogSchema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class MachineHooksTest {

    // Plant (1) > Hall 1 (2) > Turning (3) > cells 4, 5; Hall 1 > Milling (6); Plant > Hall 2 (7) > Assembly (8); Hall 2 > Turning (9)
    private static final List<Location> SITE = List.of(
            location(1, null, LocationKind.SITE, "Plant", "/1/"),
            location(2, 1L, LocationKind.BUILDING, "Hall 1", "/1/2/"),
            location(3, 2L, LocationKind.AREA, "Turning", "/1/2/3/"),
            location(4, 3L, LocationKind.CELL, "Turning cell 1", "/1/2/3/4/"),
            location(5, 3L, LocationKind.CELL, "Turning cell 2", "/1/2/3/5/"),
            location(6, 2L, LocationKind.AREA, "Milling", "/1/2/6/"),
            location(7, 1L, LocationKind.BUILDING, "Hall 2", "/1/7/"),
            location(8, 7L, LocationKind.AREA, "Assembly", "/1/7/8/"),
            location(9, 7L, LocationKind.AREA, "Turning", "/1/7/9/"));

    private static Location location(long id, Long parent, LocationKind kind, String name, String path) {
        return new Location(id, parent, kind, "L" + id, name, path, true, List.of());
    }

    private static Map<Object, Long> counts(Object... locationAndCount) {
        Map<Object, Long> counts = new HashMap<>();
        for (int i = 0; i < locationAndCount.length; i += 2) {
            counts.put(locationAndCount[i], (Long) locationAndCount[i + 1]);
        }
        return counts;
    }

    @Test
    void machinesInCellsCountUnderTheirAreaInTheHierarchysOrder() {
        WidgetData.Breakdown byArea = MachinesByAreaWidget.breakdown(SITE, counts(8L, 2L, 4L, 3L, 5L, 1L, 6L, 4L));
        assertEquals(List.of(new Slice("Turning", 4), new Slice("Milling", 4), new Slice("Assembly", 2)), byArea.slices());
    }

    @Test
    void areasOfTheSameNameAreToldApartByTheirBuilding() {
        WidgetData.Breakdown byArea = MachinesByAreaWidget.breakdown(SITE, counts(4L, 1L, 9L, 2L));
        assertEquals(List.of(new Slice("Hall 1 / Turning", 1), new Slice("Hall 2 / Turning", 2)), byArea.slices());
    }

    @Test
    void machinesAboveAnyAreaCountUnderTheirBuildingAndUnplacedOnesLast() {
        Map<Object, Long> counts = counts(7L, 2L, 3L, 1L, 987L, 1L);
        counts.put(null, 5L);
        WidgetData.Breakdown byArea = MachinesByAreaWidget.breakdown(SITE, counts);
        assertEquals(List.of(new Slice("Turning", 1), new Slice("Hall 2 (no area)", 2), new Slice(MachinesByAreaWidget.NOT_PLACED, 6)),
                byArea.slices(), "a location the reference data does not know (deleted meanwhile) counts as not placed");
        assertEquals(List.of(), MachinesByAreaWidget.breakdown(SITE, Map.of()).slices());
    }

    @Test
    void searchFieldsAreIndexedColumnsMachineNumberFirst() {
        ChangelogSchema changelog = EquipmentChangelog.read();
        List<SearchField> fields = new MachineSearchFields().searchFields();
        assertEquals("machinenumber", fields.get(0).column());
        assertEquals(fields.stream().mapToInt(SearchField::weight).max().getAsInt(), fields.get(0).weight());
        for (SearchField field : fields) {
            assertEquals(MachineFamily.TABLE, field.table());
            assertTrue(changelog.tables().get(MachineFamily.TABLE).columns().contains(field.column()), field.column());
            assertTrue(changelog.namedObjects().stream().anyMatch(index -> index.table().equals(MachineFamily.TABLE)
                    && index.name().matches("(idx|uq)_equipment_" + field.column())), field.column() + " has an index, so search stays index-backed");
        }
    }

    @Test
    void fieldSchemaMarksTheSearchFieldsAndNamesTheCollectionNavigationLists() throws IOException {
        JsonNode properties;
        try (InputStream in = new MachineFieldSchema().fieldSchema().openStream()) {
            properties = new ObjectMapper().readTree(in).path("properties");
        }
        for (SearchField field : new MachineSearchFields().searchFields()) {
            assertTrue(properties.path(field.column()).path("x-searchable").asBoolean(), field.column() + " marked x-searchable");
        }
        assertEquals("/api/equipment", new MachineFieldSchema().collectionPath());
        assertEquals("/api/equipment", new MachineNavigation().navigationItems().get(0).path());
    }
}
