package org.shopdb.plugins.network.internal.port;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.shopdb.api.asset.NetworkAddress;

class MacLinksTest {

    private static NetworkAddress address(long assetId, String mac, boolean primary) {
        return new NetworkAddress(assetId * 10, assetId, null, mac, null, primary);
    }

    @Test
    void aMacOneAssetHoldsLinksToItWhicheverOfItsAddressesItIs() {
        assertEquals(Map.of("AA:BB:CC:00:00:01", 7L), MacLinks.resolve(1, List.of(address(7, "AA:BB:CC:00:00:01", false),
                address(7, "AA:BB:CC:00:00:01", true))));
    }

    @Test
    void amongSeveralHoldersTheOneWhosePrimaryAddressItIsWinsOtherwiseNoOne() {
        assertEquals(Map.of("AA:BB:CC:00:00:02", 8L), MacLinks.resolve(1, List.of(address(9, "AA:BB:CC:00:00:02", false),
                address(8, "AA:BB:CC:00:00:02", true))));
        assertEquals(Map.of(), MacLinks.resolve(1, List.of(address(9, "AA:BB:CC:00:00:03", true), address(8, "AA:BB:CC:00:00:03", true))));
        assertEquals(Map.of(), MacLinks.resolve(1, List.of(address(9, "AA:BB:CC:00:00:04", false), address(8, "AA:BB:CC:00:00:04", false))));
    }

    @Test
    void theReportingDeviceDoesNotCountAsAHolder() {
        assertEquals(Map.of("AA:BB:CC:00:00:05", 4L), MacLinks.resolve(1, List.of(address(1, "AA:BB:CC:00:00:05", true),
                address(4, "AA:BB:CC:00:00:05", false))));
    }
}
