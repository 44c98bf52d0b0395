package org.shopdb.plugins.applications.internal.installations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.shopdb.api.error.InvalidRequestException;
import org.shopdb.api.paging.PageRequest;
import org.shopdb.plugins.applications.internal.VersionKey;

class InstallationQueryTest {

    @Test
    void belowAVersionIsARangeOfTheVersionKeyWithinTheApplication() {
        InstallationQuery.SqlQuery sql = new InstallationQuery(null, 7L, null, "23.01", null, new PageRequest(1, 50, null)).sql();
        assertTrue(sql.page().contains("i.applicationid = ? and i.versionkey < ?"), sql.page());
        assertEquals(List.of(7L, VersionKey.of("23.01")), sql.parameters());
        assertTrue(sql.total().startsWith("select count(*)"));
    }

    @Test
    void everyValueIsAParameterNeverSqlText() {
        InstallationQuery.SqlQuery sql = new InstallationQuery(3L, null, "1' or '1'='1", null, "2.0", new PageRequest(2, 10, "-version")).sql();
        assertTrue(!sql.page().contains("or '1'"), sql.page());
        assertEquals(List.of(3L, "1' or '1'='1", VersionKey.of("2.0")), sql.parameters());
        assertTrue(sql.page().endsWith("order by i.versionkey desc, i.installationid"), "versions sort as versions");
    }

    @Test
    void anUnknownSortFieldIsABadRequestNamingTheChoices() {
        InvalidRequestException refused = assertThrows(InvalidRequestException.class,
                () -> new InstallationQuery(null, null, null, null, null, new PageRequest(1, 50, "password")).sql());
        assertTrue(refused.getMessage().contains("installdate"), refused.getMessage());
    }
}
