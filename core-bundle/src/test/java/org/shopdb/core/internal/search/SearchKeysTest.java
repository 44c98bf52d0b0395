package org.shopdb.core.internal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SearchKeysTest {

    @Test
    void aKeyNamesItsSourceAndAsset() {
        long key = SearchKeys.key(7, 1_000_000L, 42);
        assertEquals(7, SearchKeys.sourceOf(key));
        assertEquals(1_000_000L, SearchKeys.assetOf(key));
        assertTrue(key > 0);
        long highest = SearchKeys.key(SearchKeys.MAX_SOURCE_ID, SearchKeys.MAX_ASSET_ID, SearchKeys.MAX_ORDINAL);
        assertEquals(SearchKeys.MAX_SOURCE_ID, SearchKeys.sourceOf(highest));
        assertEquals(SearchKeys.MAX_ASSET_ID, SearchKeys.assetOf(highest));
        assertTrue(highest > 0);
    }

    @Test
    void theRowsOfOneSourceAndAssetAreOneRangeApartFromTheirNeighbours() {
        assertTrue(SearchKeys.last(3, 99) < SearchKeys.first(3, 100));
        assertTrue(SearchKeys.first(3, 100) <= SearchKeys.key(3, 100, 0));
        assertTrue(SearchKeys.key(3, 100, SearchKeys.MAX_ORDINAL) <= SearchKeys.last(3, 100));
        assertTrue(SearchKeys.last(3, SearchKeys.MAX_ASSET_ID) < SearchKeys.first(4, 0), "sources do not overlap");
    }

    @Test
    void outOfRangePartsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> SearchKeys.key(0, 1, 0));
        assertThrows(IllegalArgumentException.class, () -> SearchKeys.key(SearchKeys.MAX_SOURCE_ID + 1, 1, 0));
        assertThrows(IllegalArgumentException.class, () -> SearchKeys.key(1, SearchKeys.MAX_ASSET_ID + 1, 0));
        assertThrows(IllegalArgumentException.class, () -> SearchKeys.key(1, 1, SearchKeys.KEYS_PER_ASSET));
    }
}
