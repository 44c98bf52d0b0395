package org.shopdb.core.internal.family;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.shopdb.api.error.InvalidRequestException;
import org.shopdb.api.family.ColumnFilter;
import org.shopdb.api.family.FamilyQuery;
import org.shopdb.api.paging.PageRequest;

class FamilyListSqlTest {

    private static final FamilyDefinition<TestFamily.PrinterFields> PRINTERS = FamilyDefinition.of(TestFamily.printers());

    @Test
    void everyFilterIsAParameterAndOnlyCheckedNamesBecomeSql() {
        FamilyQuery query = new FamilyQuery("spare", null, 3L, true, "50%_off", List.of(
                new ColumnFilter("queue", ColumnFilter.Comparison.EQUAL_IGNORING_CASE, "\\\\PS1\\Hall"),
                new ColumnFilter("laststatus", ColumnFilter.Comparison.ABSENT_OR_LESS, Instant.parse("2026-11-01T00:00:00Z"))),
                new PageRequest(1, 50, "-model"));
        FamilyListSql sql = new FamilyListSql(PRINTERS, query, "/1/4/");
        assertEquals("select a.assetid from assets a join printers p on p.assetid = a.assetid"
                + " where a.assettypeid = (select t.assettypeid from assettypes t where t.code = ?)"
                + " and a.statusid = (select s.statusid from assetstatuses s where s.code = ?)"
                + " and a.locationid in (select l.locationid from locations l where l.path like ? escape '!')"
                + " and a.businessunitid = ? and a.isactive = ?"
                + " and (lower(a.assetnumber) like ? escape '!' or lower(a.name) like ? escape '!' or lower(a.serialnumber) like ? escape '!')"
                + " and lower(p.queue) = ? and (p.laststatus is null or p.laststatus < ?)"
                + " order by p.model desc, a.assetid", sql.idsSql());
        assertTrue(sql.countSql().startsWith("select count(*) from assets a join printers p"));
        assertEquals(List.of("printer", "spare", "/1/4/%", 3L, true, "%50!%!_off%", "%50!%!_off%", "%50!%!_off%", "\\\\ps1\\hall",
                LocalDateTime.parse("2026-11-01T00:00")), sql.parameters());
    }

    @Test
    void theDefaultOrderIsByAssetNumberAndUnknownSortFieldsAreNamed() {
        assertTrue(new FamilyListSql(PRINTERS, FamilyQuery.all(new PageRequest(1, 10, null)), null).idsSql()
                .endsWith(" order by a.assetnumber, a.assetid"));
        InvalidRequestException refused = assertThrows(InvalidRequestException.class,
                () -> new FamilyListSql(PRINTERS, FamilyQuery.all(new PageRequest(1, 10, "queue")), null));
        assertTrue(refused.getMessage().contains("sortable: [assetid, assetnumber, createddate, modifieddate, name, model]"), refused.getMessage());
    }
}
