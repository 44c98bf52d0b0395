package org.shopdb.plugins.applications.internal.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CatalogTest {

    @Test
    void nameAndVendorIdentifyAnEntryIgnoringCase() {
        assertEquals(CatalogKey.of("7-Zip 23.01 (x64)", "Igor Pavlov"), CatalogKey.of(" 7-zip 23.01 (X64) ", "IGOR PAVLOV"));
        assertNotEquals(CatalogKey.of("Tool", "Acme"), CatalogKey.of("Tool", "Other"));
        assertEquals(CatalogKey.of("Tool", null), CatalogKey.of("Tool", " "));
    }

    @Test
    void aNewEntrysAssetNumberIsReadableFitsAndFollowsNameAndVendor() {
        String number = Catalog.assetNumber(CatalogKey.of("7-Zip 23.01 (x64)", "Igor Pavlov"));
        assertTrue(number.matches("APP-7ZIP2301X64-[0-9A-F]{8}"), number);
        assertEquals(number, Catalog.assetNumber(CatalogKey.of("7-ZIP 23.01 (X64)", "igor pavlov")), "the same entry, the same number");
        assertNotEquals(number, Catalog.assetNumber(CatalogKey.of("7-Zip 23.01 (x64)", "Someone else")));
        String long_ = Catalog.assetNumber(CatalogKey.of("Microsoft Visual C++ 2015-2022 Redistributable (x64) - 14.38.33135", "Microsoft"));
        assertTrue(long_.length() <= 50, long_);
        assertTrue(Catalog.assetNumber(CatalogKey.of("日本語", "x")).matches("APP-[0-9A-F]{8}"), "a name without ASCII letters or digits");
    }
}
