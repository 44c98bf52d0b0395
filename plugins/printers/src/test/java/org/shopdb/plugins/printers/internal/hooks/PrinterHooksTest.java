package org.shopdb.plugins.printers.internal.hooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.shopdb.api.asset.Asset;
import org.shopdb.api.family.ColumnFilter;
import org.shopdb.api.family.FamilyItem;
import org.shopdb.api.family.FamilyQuery;
import org.shopdb.api.family.PrimaryAddress;
import org.shopdb.api.plugin.WidgetData;
import org.shopdb.plugins.printers.internal.PrinterFields;
import org.shopdb.plugins.printers.internal.PrinterStatus;
import org.shopdb.plugins.printers.internal.supplies.PrinterSupplies.LowSupply;
import org.shopdb.plugins.printers.internal.supplies.Supply;
import org.shopdb.api.plugin.NavigationItem;
import org.shopdb.api.plugin.SearchField;
import org.shopdb.testkit.ChangelogSchema;
import org.shopdb.plugins.printers.internal.PrinterFamily;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Each hook says something true about the plugin: its table, its changelog, its schema, its collection. */
class PrinterHooksTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void searchFieldsAreIndexedColumnsOfThePluginsTable() {
        ChangelogSchema changelog = ChangelogSchema.read("db/shopdb-printers.xml", PrinterHooksTest::resource);
        ChangelogSchema.Table table = changelog.tables().get(PrinterFamily.TABLE);
        for (SearchField field : new PrinterSearchFields().searchFields()) {
            assertEquals(PrinterFamily.TABLE, field.table());
            assertTrue(table.columns().contains(field.column()), field.column() + " is a column of " + field.table());
            assertTrue(changelog.namedObjects().stream().anyMatch(index -> index.name().equals("idx_" + field.table() + "_" + field.column())),
                    field.column() + " has an index, so search stays index-backed");
        }
    }

    @Test
    void navigationAndFieldSchemaNameTheCollectionTheResourceServes() {
        List<NavigationItem> items = new PrinterNavigation().navigationItems();
        assertEquals(1, items.size());
        assertEquals("/api/printers", items.get(0).path());
        assertEquals("/api/printers", new PrinterFieldSchema().collectionPath());
    }

    @Test
    void fieldSchemaDescribesEverySearchFieldAndEveryRequiredField() {
        JsonNode schema = json(new PrinterFieldSchema().fieldSchema());
        assertEquals("object", schema.path("type").asText());
        JsonNode properties = schema.path("properties");
        for (SearchField field : new PrinterSearchFields().searchFields()) {
            assertTrue(properties.path(field.column()).path("x-searchable").asBoolean(), field.column() + " is marked x-searchable");
        }
        schema.path("required").forEach(required -> assertTrue(properties.has(required.asText()), required.asText() + " is described"));
    }

    @Test
    void searchWeighsThePrintQueueMost() {
        List<SearchField> fields = new PrinterSearchFields().searchFields();
        assertEquals("printqueue", fields.get(0).column());
        assertEquals(fields.get(0).weight(), fields.stream().mapToInt(SearchField::weight).max().getAsInt());
    }

    @Test
    void lowSuppliesListsPrinterSupplyAndLevelBelowTheThreshold() {
        assertEquals(15, LowSuppliesWidget.THRESHOLD_PERCENT);
        WidgetData.Table table = LowSuppliesWidget.table(List.of(
                new LowSupply(7, "PRN-0007", "Hall 2 labels", new Supply("ribbon", "black", null, 4, null, null)),
                new LowSupply(9, "PRN-0009", "Office", new Supply("toner", "cyan", "Cyan Toner", 12, null, null))));
        assertEquals(List.of("assetid", "assetnumber", "name", "supply", "levelpercent"), table.columns());
        assertEquals(List.of(List.of(7L, "PRN-0007", "Hall 2 labels", "black ribbon", 4), List.of(9L, "PRN-0009", "Office", "Cyan Toner", 12)),
                table.rows());
    }

    @Test
    void inErrorAsksForActiveErroredAndOfflinePrintersLongestFirst() {
        FamilyQuery query = PrintersInErrorWidget.query(PrinterStatus.OFFLINE);
        assertEquals(List.of(new ColumnFilter("printerstatus", ColumnFilter.Comparison.EQUAL, "offline")), query.filters());
        assertEquals(Boolean.TRUE, query.active());
        assertEquals("statussince", query.page().sort());
        assertEquals(List.of(PrinterStatus.ERROR, PrinterStatus.OFFLINE), PrintersInErrorWidget.SHOWN);
    }

    @Test
    void inErrorMergesBothStatusesLongestFirstWithTheDevicesMessage() {
        WidgetData.Table table = PrintersInErrorWidget.table(List.of(
                printer(3, "error", "Paper jam", "2026-11-25T08:00:00Z"),
                printer(5, "offline", null, "2026-11-20T06:00:00Z")));
        assertEquals(List.of("assetid", "assetnumber", "name", "printerstatus", "statusmessage", "statussince"), table.columns());
        assertEquals(Arrays.asList(5L, "PRN-5", "Printer 5", "offline", null, "2026-11-20T06:00:00Z"), table.rows().get(0));
        assertEquals(Arrays.asList(3L, "PRN-3", "Printer 3", "error", "Paper jam", "2026-11-25T08:00:00Z"), table.rows().get(1));
    }

    @Test
    void byStatusShowsEveryStatusWithZerosAndThoseNeverReported() {
        Map<Object, Long> counts = new HashMap<>(Map.of("idle", 12L, "error", 1L));
        counts.put(null, 4L);
        assertEquals(List.of(new WidgetData.Slice("idle", 12), new WidgetData.Slice("printing", 0), new WidgetData.Slice("warning", 0),
                new WidgetData.Slice("error", 1), new WidgetData.Slice("offline", 0), new WidgetData.Slice("not reported", 4)),
                PrintersByStatusWidget.breakdown(counts).slices());
    }

    private static FamilyItem<PrinterFields> printer(long id, String status, String message, String since) {
        Asset asset = new Asset(id, "PRN-" + id, "Printer " + id, "printer", "inservice", null, null, null, null, true, Instant.EPOCH,
                Instant.EPOCH, 1);
        return new FamilyItem<>(asset, new PrinterFields("laser", null, null, null, null, false, false, null, status, message,
                Instant.parse(since), Instant.parse(since)), PrimaryAddress.NONE, 1);
    }

    private static JsonNode json(URL resource) {
        assertNotNull(resource, "the schema resource is in the bundle");
        try (InputStream in = resource.openStream()) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<byte[]> resource(String path) {
        try (InputStream in = PrinterHooksTest.class.getClassLoader().getResourceAsStream(path)) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
