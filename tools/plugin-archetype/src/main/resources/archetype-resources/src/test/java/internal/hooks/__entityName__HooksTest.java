package ${package}.internal.hooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.shopdb.api.plugin.DemoSite;
import org.shopdb.api.plugin.NavigationItem;
import org.shopdb.api.plugin.SearchField;
import org.shopdb.testkit.ChangelogSchema;
import ${package}.internal.${entityName}Family;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Each hook says something true about the plugin: its table, its changelog, its schema, its collection. */
class ${entityName}HooksTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void searchFieldsAreIndexedColumnsOfThePluginsTable() {
        ChangelogSchema changelog = ChangelogSchema.read("db/shopdb-${pluginName}.xml", ${entityName}HooksTest::resource);
        ChangelogSchema.Table table = changelog.tables().get(${entityName}Family.TABLE);
        for (SearchField field : new ${entityName}SearchFields().searchFields()) {
            assertEquals(${entityName}Family.TABLE, field.table());
            assertTrue(table.columns().contains(field.column()), field.column() + " is a column of " + field.table());
            assertTrue(changelog.namedObjects().stream().anyMatch(index -> index.name().equals("idx_" + field.table() + "_" + field.column())),
                    field.column() + " has an index, so search stays index-backed");
        }
    }

    @Test
    void navigationAndFieldSchemaNameTheCollectionTheResourceServes() {
        List<NavigationItem> items = new ${entityName}Navigation().navigationItems();
        assertEquals(1, items.size());
        assertEquals("/api/${pluginName}", items.get(0).path());
        assertEquals("/api/${pluginName}", new ${entityName}FieldSchema().collectionPath());
    }

    @Test
    void fieldSchemaDescribesEverySearchFieldAndEveryRequiredField() {
        JsonNode schema = json(new ${entityName}FieldSchema().fieldSchema());
        assertEquals("object", schema.path("type").asText());
        JsonNode properties = schema.path("properties");
        for (SearchField field : new ${entityName}SearchFields().searchFields()) {
            assertTrue(properties.path(field.column()).path("x-searchable").asBoolean(), field.column() + " is marked x-searchable");
        }
        schema.path("required").forEach(required -> assertTrue(properties.has(required.asText()), required.asText() + " is described"));
    }

    @Test
    void collectorRecordSchemaRequiresTheNaturalKey() {
        ${entityName}Collector collector = new ${entityName}Collector(null);
        assertEquals("${pluginName}", collector.name());
        JsonNode schema = json(collector.recordSchema());
        Set<String> required = new HashSet<>();
        schema.path("required").forEach(field -> required.add(field.asText()));
        assertTrue(required.containsAll(collector.naturalKey()), "every natural-key field is required: " + required);
    }

    @Test
    void aNewItemIsNamedAfterItsAssetNumberUnlessTheRecordNamesIt() {
        assertEquals(Map.of("name", "IT-9"), ${entityName}Collector.firstSeen("IT-9"));
    }

    @Test
    void demoItemsAreTheSameForTheSameSiteSpreadOverItAndFitTheCollectorSchema() {
        DemoSite site = new DemoSite(List.of(11L, 12L), 42);
        ${entityName}DemoData demo = new ${entityName}DemoData();
        List<Map<String, Object>> records = demo.records(site, 10);
        assertEquals(records, demo.records(site, 10));
        assertEquals(new ${entityName}Collector(null).name(), demo.collector());
        assertEquals(Set.of(11L, 12L), new HashSet<>(records.stream().map(record -> record.get("locationid")).toList()));
        assertEquals(10, records.stream().map(record -> record.get("assetnumber")).distinct().count());
        JsonNode schema = json(new ${entityName}Collector(null).recordSchema());
        for (Map<String, Object> record : records) {
            record.keySet().forEach(field -> assertTrue(schema.path("properties").has(field), field + " is a field of the collector record"));
            schema.path("required").forEach(field -> assertTrue(record.containsKey(field.asText()), field.asText() + " is given"));
        }
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
        try (InputStream in = ${entityName}HooksTest.class.getClassLoader().getResourceAsStream(path)) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
