package org.shopdb.core.internal.family;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shopdb.api.family.RelationshipField;
import org.shopdb.api.plugin.WidgetData;
import org.shopdb.api.reference.AssetStatus;
import org.shopdb.core.internal.family.TestFamily.PrinterFields;

/** Relationship fields of a family: declared checks, and their query against a real (H2) database shaped like ShopDB's. */
class FamilyRelationsTest {

    private static final RelationshipField PRINTS_FOR = RelationshipField.incoming("printsfor", "controls");
    private static final RelationshipField FEEDS = RelationshipField.outgoing("feeds", "feeds");

    private JdbcDataSource database;

    @BeforeEach
    void database() throws SQLException {
        database = new JdbcDataSource();
        database.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";MODE=LEGACY;DB_CLOSE_DELAY=-1");
        try (Connection connection = database.getConnection(); Statement sql = connection.createStatement()) {
            sql.execute("create table assets (assetid bigint primary key, assetnumber varchar(50))");
            sql.execute("create table assetrelationships (relationshipid bigint primary key, fromassetid bigint, toassetid bigint,"
                    + " relationshiptype varchar(30))");
            sql.execute("insert into assets values (1, 'PRN-1'), (2, 'PRN-2'), (3, 'PRN-3'), (10, 'PC-0043'), (11, 'PC-0042'), (12, 'PC-0099')");
            sql.execute("insert into assetrelationships values (1, 10, 1, 'controls'), (2, 11, 1, 'controls'), (3, 12, 2, 'controls'),"
                    + " (4, 12, 1, 'watches'), (5, 1, 12, 'feeds'), (6, 11, 3, 'controls')");
        }
    }

    private Map<Long, List<String>> related(RelationshipField field, List<Long> ids) throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        try (Connection connection = database.getConnection();
                PreparedStatement query = connection.prepareStatement(FamilyRelations.query(field, ids.size()))) {
            query.setString(1, field.type());
            for (int i = 0; i < ids.size(); i++) {
                query.setLong(i + 2, ids.get(i));
            }
            try (ResultSet result = query.executeQuery()) {
                while (result.next()) {
                    rows.add(new Object[] {result.getObject(1), result.getObject(2)});
                }
            }
        }
        return FamilyRelations.byItem(rows);
    }

    @Test
    void incomingListsTheAssetsRelatingToEachItemOfThePageSortedByNumber() throws SQLException {
        Map<Long, List<String>> printsFor = related(PRINTS_FOR, List.of(1L, 2L));
        assertEquals(Map.of(1L, List.of("PC-0042", "PC-0043"), 2L, List.of("PC-0099")), printsFor,
                "only 'controls', only items of the page (PRN-3 is not)");
    }

    @Test
    void outgoingListsTheAssetsEachItemRelatesTo() throws SQLException {
        assertEquals(Map.of(1L, List.of("PC-0099")), related(FEEDS, List.of(1L, 2L, 3L)));
    }

    private static TestFamily<PrinterFields> related(List<RelationshipField> fields, String schema) {
        return new TestFamily<>(PrinterFields.class) {
            @Override
            public URL fieldSchema() {
                return TestFamily.class.getResource(schema);
            }

            @Override
            public List<RelationshipField> relationshipFields() {
                return fields;
            }
        };
    }

    @Test
    void aRelationshipFieldDescribedAsReadOnlyIsAccepted() {
        assertTrue(FamilyDefinition.of(related(List.of(PRINTS_FOR), "/family/printers-related.json")) != null);
    }

    @Test
    void aRelationshipFieldMustBeDescribedReadOnlyAndClashWithNoOtherField() {
        String undescribed = assertThrows(IllegalArgumentException.class,
                () -> FamilyDefinition.of(related(List.of(PRINTS_FOR), "/family/printers.json"))).getMessage();
        assertTrue(undescribed.contains("relationship field 'printsfor'") && undescribed.contains("readOnly"), undescribed);
        String writable = assertThrows(IllegalArgumentException.class,
                () -> FamilyDefinition.of(related(List.of(FEEDS), "/family/printers-related.json"))).getMessage();
        assertTrue(writable.contains("relationship field 'feeds'"), writable);
        String clashes = assertThrows(IllegalArgumentException.class, () -> FamilyDefinition.of(related(
                List.of(RelationshipField.incoming("queue", "controls"), RelationshipField.incoming("name", "controls"),
                        RelationshipField.incoming("version", "controls")), "/family/printers-related.json"))).getMessage();
        assertTrue(clashes.contains("'queue' clashes") && clashes.contains("'name' clashes") && clashes.contains("'version' is not a name"), clashes);
    }

    @Test
    void aClientSendingBackTheRelationshipFieldItReadIsNotRefusedAndChangesNothing() {
        ItemChecks<PrinterFields> checks = new ItemChecks<>(FamilyDefinition.of(related(List.of(PRINTS_FOR), "/family/printers-related.json")));
        Map<String, Object> values = new HashMap<>(Map.of("assetnumber", "PRN-1", "name", "Label printer", "model", "ZT411"));
        values.put("printsfor", List.of("PC-0042"));
        assertEquals(new PrinterFields("ZT411", null, null, null), checks.checked(values, null).fields());
    }

    @Test
    void statusBreakdownShowsEveryStatusInItsOrderUnderItsNameWithZeros() {
        List<AssetStatus> statuses = List.of(new AssetStatus(3, "inrepair", "In repair", 30), new AssetStatus(1, "inservice", "In service", 10),
                new AssetStatus(2, "spare", "Spare", 20));
        assertEquals(new WidgetData.Breakdown(List.of(new WidgetData.Slice("In service", 12), new WidgetData.Slice("Spare", 0),
                new WidgetData.Slice("In repair", 2))), FamilyCounts.byStatus(statuses, Map.of("inservice", 12L, "inrepair", 2L)));
    }
}
