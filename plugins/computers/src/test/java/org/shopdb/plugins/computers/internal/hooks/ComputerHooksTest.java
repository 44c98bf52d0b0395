package org.shopdb.plugins.computers.internal.hooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.shopdb.api.asset.Asset;
import org.shopdb.api.family.ColumnFilter;
import org.shopdb.api.family.FamilyItem;
import org.shopdb.api.family.FamilyQuery;
import org.shopdb.api.plugin.NavigationItem;
import org.shopdb.api.plugin.SearchField;
import org.shopdb.api.plugin.WidgetData;
import org.shopdb.plugins.computers.internal.ComputerFamily;
import org.shopdb.plugins.computers.internal.ComputerFields;
import org.shopdb.testkit.ChangelogSchema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Each hook says something true about the plugin: its table, its changelog, its schema, its collection. */
class ComputerHooksTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void searchFieldsAreIndexedColumnsHostnameFirst() {
        ChangelogSchema changelog = ChangelogSchema.read("db/shopdb-computers.xml", ComputerHooksTest::resource);
        ChangelogSchema.Table table = changelog.tables().get(ComputerFamily.TABLE);
        List<SearchField> fields = new ComputerSearchFields().searchFields();
        for (SearchField field : fields) {
            assertEquals(ComputerFamily.TABLE, field.table());
            assertTrue(table.columns().contains(field.column()), field.column() + " is a column of " + field.table());
            Set<String> indexes = Set.of("idx_" + field.table() + "_" + field.column(), "uq_" + field.table() + "_" + field.column());
            assertTrue(changelog.namedObjects().stream().anyMatch(index -> indexes.contains(index.name())),
                    field.column() + " has an index, so search stays index-backed");
        }
        assertEquals("hostname", fields.get(0).column(), "a PC is searched by its name first");
        assertEquals(fields.get(0).weight(), fields.stream().mapToInt(SearchField::weight).max().getAsInt());
    }

    @Test
    void navigationAndFieldSchemaNameTheCollectionTheResourceServes() {
        List<NavigationItem> items = new ComputerNavigation().navigationItems();
        assertEquals(1, items.size());
        assertEquals("/api/computers", items.get(0).path());
        assertEquals("/api/computers", new ComputerFieldSchema().collectionPath());
    }

    @Test
    void fieldSchemaDescribesEverySearchFieldAndEveryFieldForTheUi() {
        JsonNode schema = json(new ComputerFieldSchema().fieldSchema());
        assertEquals("https://json-schema.org/draft/2020-12/schema", schema.path("$schema").asText());
        JsonNode properties = schema.path("properties");
        for (SearchField field : new ComputerSearchFields().searchFields()) {
            assertTrue(properties.path(field.column()).path("x-searchable").asBoolean(), field.column() + " is marked x-searchable");
        }
        properties.fields().forEachRemaining(entry -> {
            assertTrue(entry.getValue().hasNonNull("title"), entry.getKey() + " has a title");
            assertTrue(entry.getValue().hasNonNull("description"), entry.getKey() + " has a description");
        });
        schema.path("required").forEach(required -> assertTrue(properties.has(required.asText()), required.asText() + " is described"));
    }

    @Test
    void osVersionsAreLabelledByNameAndVersionTheRareOnesTogether() {
        List<Object[]> counts = new ArrayList<>();
        counts.add(new Object[] {"Microsoft Windows 10 Enterprise LTSC", "10.0.17763", 40L});
        counts.add(new Object[] {null, null, 3L});
        for (int i = 0; i < OsVersionsWidget.MAX_SLICES; i++) {
            counts.add(new Object[] {"Linux", "5." + i, 1L});
        }
        WidgetData.Breakdown breakdown = OsVersionsWidget.breakdown(counts);
        assertEquals(OsVersionsWidget.MAX_SLICES + 1, breakdown.slices().size());
        assertEquals(new WidgetData.Slice("Microsoft Windows 10 Enterprise LTSC 10.0.17763", 40), breakdown.slices().get(0));
        assertEquals(new WidgetData.Slice("Unknown", 3), breakdown.slices().get(1));
        assertEquals(new WidgetData.Slice("Other", 2), breakdown.slices().get(OsVersionsWidget.MAX_SLICES), "the last two versions together");
        assertEquals(List.of(), OsVersionsWidget.breakdown(List.of()).slices());
    }

    @Test
    void notInventoriedMeansSilentForThirtyDaysLongestSilentFirst() {
        FamilyQuery query = NotInventoriedWidget.query(Instant.parse("2026-11-25T12:00:00Z"));
        assertEquals(List.of(new ColumnFilter("lastinventory", ColumnFilter.Comparison.LESS, Instant.parse("2026-10-26T12:00:00Z"))),
                query.filters(), "inventoried, but not for 30 days: lastinventory < cutoff leaves the never inventoried out");
        assertEquals("lastinventory", query.page().sort());
        Asset asset = new Asset(7, "PC-0007", "Press 7 PC", "computer", "inservice", null, null, null, null, true,
                Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2026-01-01T00:00:00Z"), 1);
        ComputerFields fields = new ComputerFields("pc-press-07", null, "machinecontroller", null, null, null, null, null, null, null, null,
                null, null, null, null, Instant.parse("2026-09-20T06:00:00Z"));
        WidgetData.Table table = NotInventoriedWidget.table(List.of(new FamilyItem<>(asset, fields, null, 2)));
        assertEquals(List.of("assetid", "assetnumber", "hostname", "lastinventory"), table.columns());
        assertEquals(List.of(List.of(7L, "PC-0007", "pc-press-07", "2026-09-20T06:00:00Z")), table.rows());
    }

    static JsonNode json(URL resource) {
        assertNotNull(resource, "the schema resource is in the bundle");
        try (InputStream in = resource.openStream()) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<byte[]> resource(String path) {
        try (InputStream in = ComputerHooksTest.class.getClassLoader().getResourceAsStream(path)) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
