package org.shopdb.plugins.network.internal.hooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.shopdb.api.plugin.SearchField;
import org.shopdb.api.plugin.WidgetData;
import org.shopdb.testkit.ChangelogSchema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class NetworkHooksTest {

    @Test
    void searchFieldsAreIndexedColumnsOfTablesCarryingTheDevicesAssetIdConnectedMacFirst() {
        ChangelogSchema changelog = ChangelogSchema.read("db/shopdb-network.xml", NetworkHooksTest::resource);
        List<SearchField> fields = new NetworkSearchFields().searchFields();
        assertEquals(new SearchField("networkports", "connectedmac", "Connected MAC", 80), fields.get(0));
        for (SearchField field : fields) {
            ChangelogSchema.Table table = changelog.tables().get(field.table());
            assertTrue(table.columns().contains("assetid"), field.table() + " carries the assetid search hits are keyed by");
            assertTrue(table.columns().contains(field.column()), field.column() + " is a column of " + field.table());
            assertTrue(changelog.namedObjects().stream().anyMatch(index -> index.name().equals("idx_" + field.table() + "_" + field.column())),
                    field.column() + " is indexed, so exact and prefix search stay index-backed");
        }
    }

    @Test
    void deviceFieldsSearchedAreMarkedSearchableInTheFieldSchema() throws IOException {
        JsonNode properties;
        try (InputStream in = new NetworkFieldSchema().fieldSchema().openStream()) {
            properties = new ObjectMapper().readTree(in).path("properties");
        }
        new NetworkSearchFields().searchFields().stream().filter(field -> field.table().equals("networkdevices"))
                .forEach(field -> assertTrue(properties.path(field.column()).path("x-searchable").asBoolean(), field.column()));
    }

    @Test
    void navigationAndFieldSchemaNameTheCollection() {
        assertEquals("/api/network", new NetworkNavigation().navigationItems().get(0).path());
        assertEquals("/api/network", new NetworkFieldSchema().collectionPath());
    }

    @Test
    void firmwareBreakdownLeavesClosetsOutMostCommonFirst() {
        Map<Object, Long> byFirmware = new java.util.LinkedHashMap<>();
        byFirmware.put("17.6.5", 3L);
        byFirmware.put(null, 5L);
        byFirmware.put("17.9.4a", 9L);
        assertEquals(List.of(new WidgetData.Slice("17.9.4a", 9), new WidgetData.Slice("17.6.5", 3), new WidgetData.Slice("not reported", 1)),
                DevicesByFirmwareWidget.breakdown(byFirmware, 4).slices());
        assertEquals(List.of(new WidgetData.Slice("17.9.4a", 2)), DevicesByFirmwareWidget.breakdown(Map.of("17.9.4a", 2L), 0).slices());
        Map<Object, Long> onlyClosets = new java.util.HashMap<>();
        onlyClosets.put(null, 2L);
        assertEquals(List.of(), DevicesByFirmwareWidget.breakdown(onlyClosets, 2).slices());
    }

    @Test
    void portLinkBreakdownShowsEverySliceInOrderWithZeros() {
        assertEquals(List.of(new WidgetData.Slice("linked to an asset", 12), new WidgetData.Slice("MAC of no known asset", 0),
                new WidgetData.Slice("no MAC learned", 3), new WidgetData.Slice("gone", 0)),
                PortsLinkedWidget.breakdown(Map.of("linked", 12L, "nomac", 3L)).slices());
    }

    private static Optional<byte[]> resource(String path) {
        try (InputStream in = NetworkHooksTest.class.getClassLoader().getResourceAsStream(path)) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
