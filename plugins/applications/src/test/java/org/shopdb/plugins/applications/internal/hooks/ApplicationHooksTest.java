package org.shopdb.plugins.applications.internal.hooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URL;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.shopdb.api.plugin.NavigationItem;
import org.shopdb.api.plugin.SearchField;
import org.shopdb.api.plugin.WidgetData;
import org.shopdb.testkit.ChangelogSchema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Each hook says something true about the plugin: its tables, its changelog, its schema, its collection. */
class ApplicationHooksTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void searchFieldsAreIndexedColumnsOfTablesWithAnAssetid() {
        ChangelogSchema changelog = ChangelogSchema.read("db/shopdb-applications.xml", ApplicationHooksTest::resource);
        for (SearchField field : new ApplicationSearchFields().searchFields()) {
            ChangelogSchema.Table table = changelog.tables().get(field.table());
            assertTrue(table.columns().contains(field.column()), field.column() + " is a column of " + field.table());
            assertTrue(table.columns().contains("assetid"), field.table() + " names the asset a hit is");
            assertTrue(changelog.namedObjects().stream().anyMatch(index -> index.name().equals("idx_" + field.table() + "_" + field.column())),
                    field.column() + " has an index, so search stays index-backed");
        }
    }

    @Test
    void theInstalledSoftwareFindsTheComputersAndWeighsMost() {
        List<SearchField> fields = new ApplicationSearchFields().searchFields();
        assertEquals("installations", fields.get(0).table(), "its assetid is the computer's: the hits are the PCs running it");
        assertEquals("software", fields.get(0).column());
        assertEquals(fields.get(0).weight(), fields.stream().mapToInt(SearchField::weight).max().getAsInt());
    }

    @Test
    void navigationAndFieldSchemaNameTheCollectionTheResourceServes() {
        List<NavigationItem> items = new ApplicationNavigation().navigationItems();
        assertEquals(1, items.size());
        assertEquals("/api/applications", items.get(0).path());
        assertEquals("/api/applications", new ApplicationFieldSchema().collectionPath());
    }

    @Test
    void fieldSchemaDescribesEveryFieldForTheUiAndTheCatalogsSearchFields() {
        JsonNode schema = json(new ApplicationFieldSchema().fieldSchema());
        JsonNode properties = schema.path("properties");
        properties.fields().forEachRemaining(entry -> {
            assertTrue(entry.getValue().hasNonNull("title"), entry.getKey() + " has a title");
            assertTrue(entry.getValue().hasNonNull("description"), entry.getKey() + " has a description");
        });
        assertTrue(properties.path("vendor").path("x-searchable").asBoolean());
        schema.path("required").forEach(required -> assertTrue(properties.has(required.asText()), required.asText() + " is described"));
    }

    @Test
    void widgetTablesShowWholeNumbersAsTheyAreWhateverTheDriverHandsOut() {
        WidgetData.Table table = WidgetRows.table(MostInstalledWidget.COLUMNS,
                List.of(new Object[] {BigInteger.valueOf(7), "Siemens NX", "Siemens", new BigDecimal("12")},
                        new Object[] {3, "Notepad", null, 2L}));
        assertEquals(List.of(List.of(7L, "Siemens NX", "Siemens", 12L), java.util.Arrays.asList(3L, "Notepad", null, 2L)), table.rows());
        assertEquals(List.of("applicationid", "application", "vendor", "versions", "computers"), SeveralVersionsWidget.COLUMNS);
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
        try (InputStream in = ApplicationHooksTest.class.getClassLoader().getResourceAsStream(path)) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
