package org.shopdb.core.internal.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.shopdb.api.asset.NewAsset;

class DemoAssetsTest {

    private final DemoAssets demo = new DemoAssets(List.of(7L, 8L), List.of(3L), List.of("inservice", "spare", "inrepair"));

    @Test
    void numbersAreStableAndSortable() {
        assertEquals("DEMO-000001", DemoAssets.number(1));
        assertEquals("DEMO-100000", DemoAssets.number(DemoAssets.MAX_COUNT));
    }

    @Test
    void assetsAreSpreadOverPlacesAndStatuses() {
        NewAsset first = demo.asset(1);
        assertEquals("DEMO-000001", first.assetNumber());
        assertEquals(DemoAssets.TYPE_CODE, first.assetTypeCode());
        assertEquals(7L, first.locationId());
        assertEquals(8L, demo.asset(2).locationId());
        assertEquals(3L, first.businessUnitId());
        assertNull(first.statusCode(), "in service by default");
        assertEquals("spare", demo.asset(10).statusCode());
        assertEquals("inrepair", demo.asset(50).statusCode());
        assertEquals(demo.asset(42), demo.asset(42), "the same on every run");
    }

    @Test
    void withoutReferenceDataAssetsAreNowhereInParticular() {
        NewAsset asset = new DemoAssets(List.of(), List.of(), List.of("inservice")).asset(10);
        assertNull(asset.locationId());
        assertNull(asset.businessUnitId());
        assertNull(asset.statusCode(), "no spare status: in service");
    }
}
