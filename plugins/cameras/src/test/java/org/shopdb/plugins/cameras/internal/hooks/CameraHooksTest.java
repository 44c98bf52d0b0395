package org.shopdb.plugins.cameras.internal.hooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.shopdb.api.plugin.SearchField;
import org.shopdb.api.plugin.WidgetData;
import org.shopdb.api.reference.AssetStatus;
import org.shopdb.api.asset.Asset;
import org.shopdb.api.family.ColumnFilter;
import org.shopdb.api.family.FamilyItem;
import org.shopdb.api.family.FamilyQuery;
import org.shopdb.api.family.PrimaryAddress;
import org.shopdb.plugins.cameras.internal.CameraFields;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class CameraHooksTest {

    @Test
    void byStatusShowsEveryStatusInItsOrderWithZeros() {
        List<AssetStatus> statuses = List.of(new AssetStatus(3, "inrepair", "In repair", 30), new AssetStatus(1, "inservice", "In service", 10),
                new AssetStatus(2, "spare", "Spare", 20));
        WidgetData.Breakdown breakdown = CamerasByStatusWidget.breakdown(statuses, Map.of("inservice", 12L, "inrepair", 2L));
        assertEquals("breakdown", breakdown.kind());
        assertEquals(List.of(new WidgetData.Slice("In service", 12), new WidgetData.Slice("Spare", 0), new WidgetData.Slice("In repair", 2)),
                breakdown.slices());
    }

    @Test
    void notSeenMeansSilentForADayAndListsWhoAndSinceWhen() {
        FamilyQuery query = CamerasNotSeenWidget.query(Instant.parse("2026-11-25T12:00:00Z"));
        assertEquals(List.of(new ColumnFilter("lastseen", ColumnFilter.Comparison.LESS, Instant.parse("2026-11-24T12:00:00Z"))),
                query.filters(), "seen, but not for a day: lastseen < cutoff leaves the never seen out");
        assertEquals("lastseen", query.page().sort(), "longest silent first");
        Asset asset = new Asset(7, "CAM-0007", "Dock door", "camera", "inservice", null, null, null, null, true,
                Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2026-01-01T00:00:00Z"), 1);
        CameraFields fields = new CameraFields("rtsp://h/x", null, null, null, null, null, null, null, null, false,
                Instant.parse("2026-11-20T06:00:00Z"));
        WidgetData.Table table = CamerasNotSeenWidget.table(List.of(new FamilyItem<>(asset, fields, PrimaryAddress.NONE, 2)));
        assertEquals(List.of("assetid", "assetnumber", "name", "lastseen"), table.columns());
        assertEquals(List.of(List.of(7L, "CAM-0007", "Dock door", "2026-11-20T06:00:00Z")), table.rows());
        assertEquals(List.of(), CamerasNotSeenWidget.table(List.of()).rows());
    }

    @Test
    void searchFieldsAreIndexedCameraColumnsStreamUrlFirst() {
        List<SearchField> fields = new CameraSearchFields().searchFields();
        assertEquals("streamurl", fields.get(0).column());
        assertTrue(fields.stream().allMatch(field -> "cameras".equals(field.table())));
        assertTrue(fields.stream().mapToInt(SearchField::weight).max().getAsInt() == fields.get(0).weight());
    }

    @Test
    void navigationListsTheCollectionTheSchemaDescribes() {
        assertEquals("/api/cameras", new CameraNavigation().navigationItems().get(0).path());
        assertEquals("/api/cameras", new CameraFieldSchema().collectionPath());
    }

    @Test
    void fieldSchemaDescribesEveryFieldAndMarksWhatIsListedFilterableSearchable() throws Exception {
        JsonNode schema;
        try (InputStream in = new CameraFieldSchema().fieldSchema().openStream()) {
            schema = new ObjectMapper().readTree(in);
        }
        JsonNode properties = schema.path("properties");
        Set<String> fields = new HashSet<>();
        properties.fieldNames().forEachRemaining(fields::add);
        assertTrue(fields.containsAll(Set.of("streamurl", "resolution", "fps", "poeport", "vendor", "model", "firmware",
                "recordingserver", "lastseen", "ipaddress", "macaddress", "version")), fields.toString());
        properties.fields().forEachRemaining(entry -> {
            assertTrue(entry.getValue().hasNonNull("title"), entry.getKey() + " has a title");
            assertTrue(entry.getValue().hasNonNull("description"), entry.getKey() + " has a description");
        });
        Set<String> filterable = new HashSet<>();
        properties.fields().forEachRemaining(entry -> {
            if (entry.getValue().path("x-filterable").asBoolean()) {
                filterable.add(entry.getKey());
            }
        });
        assertEquals(Set.of("status", "locationid", "vendor", "model", "recordingserver"), filterable, "each is a query parameter of /api/cameras");
        for (SearchField field : new CameraSearchFields().searchFields()) {
            assertTrue(properties.path(field.column()).path("x-searchable").asBoolean(), field.column() + " marked searchable");
        }
        assertEquals(List.of("assetnumber", "name", "streamurl"), List.of(schema.path("required").get(0).asText(),
                schema.path("required").get(1).asText(), schema.path("required").get(2).asText()));
    }
}
