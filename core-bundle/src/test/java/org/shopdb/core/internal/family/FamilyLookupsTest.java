package org.shopdb.core.internal.family;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.shopdb.api.asset.NetworkIdentifiers;
import org.shopdb.api.family.Lookup;

class FamilyLookupsTest {

    private final FamilyLookups<TestFamily.PrinterFields> lookups = new FamilyLookups<>(FamilyDefinition.of(TestFamily.printers()), null);

    @Test
    void anIpAddressIsLookedForAmongEveryAddressOfTheFamilysItemsAsTheCoreStoresIt() {
        assertEquals("select distinct n.assetid from networkaddresses n join printers p on p.assetid = n.assetid where n.ipaddress = ?",
                lookups.query(Lookup.ipAddress("10.20.4.31")));
        assertEquals("10.20.4.31", FamilyLookups.searchedValue(Lookup.ipAddress(" 10.20.4.31 ")));
        assertEquals(NetworkIdentifiers.ip("2001:db8::1"), FamilyLookups.searchedValue(Lookup.ipAddress("2001:DB8:0:0:0:0:0:1")),
                "IPv6 in the one notation the core stores");
    }

    @Test
    void aMalformedOrBlankAddressFindsNothingRatherThanFailing() {
        assertNull(FamilyLookups.searchedValue(Lookup.ipAddress("prn-hall2")));
        assertNull(FamilyLookups.searchedValue(Lookup.ipAddress("  ")));
        assertNull(FamilyLookups.searchedValue(Lookup.macAddress(null)));
    }

    @Test
    void macAddressesInAnyNotationAndOtherValuesTrimmed() {
        assertEquals("AA:BB:CC:00:00:42", FamilyLookups.searchedValue(Lookup.macAddress("aabb.cc00.0042")));
        assertEquals("select distinct n.assetid from networkaddresses n join printers p on p.assetid = n.assetid where n.macaddress = ?",
                lookups.query(Lookup.macAddress("aabb.cc00.0042")));
        assertEquals("PRN-7", FamilyLookups.searchedValue(Lookup.assetNumber(" PRN-7 ")));
        assertEquals("select p.assetid from printers p where p.queue = ?", lookups.query(Lookup.column("queue", "\\\\ps01\\HALL2")));
        assertThrows(IllegalArgumentException.class, () -> lookups.query(Lookup.column("password", "x")));
    }
}
