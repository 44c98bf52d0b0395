package org.shopdb.core.internal.address;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shopdb.api.asset.NetworkAddress;
import org.shopdb.core.internal.persistence.CoreTestDatabase;

class JpaNetworkAddressServiceTest {

    private CoreTestDatabase database;
    private JpaNetworkAddressService addresses;

    @BeforeEach
    void database() {
        database = new CoreTestDatabase();
        addresses = new JpaNetworkAddressService(database.entityManagers(), database.unitOfWork(), null, null, null, null);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void macsInAnyNotationFindTheAddressesOfEveryAssetHoldingThemInOneCall() {
        long pc = database.asset("PC-1");
        long camera = database.asset("CAM-1");
        database.address(pc, "10.0.0.1", "AA:BB:CC:00:00:01", true);
        database.address(pc, "10.0.0.2", "AA:BB:CC:00:00:02", false);
        database.address(camera, "10.0.0.3", "AC:CC:8E:00:00:03", true);

        List<NetworkAddress> found = addresses.withMacAddresses(List.of("aa-bb-cc-00-00-01", "accc.8e00.0003", "AA:BB:CC:99:99:99"));
        assertEquals(List.of("AA:BB:CC:00:00:01", "AC:CC:8E:00:00:03"), found.stream().map(NetworkAddress::macAddress).toList());
        assertEquals(List.of(pc, camera), found.stream().map(NetworkAddress::assetId).toList());
    }

    @Test
    void nothingToLookForOrOnlyMalformedMacsFindNothing() {
        long pc = database.asset("PC-2");
        database.address(pc, null, "AA:BB:CC:00:00:05", true);
        assertEquals(List.of(), addresses.withMacAddresses(List.of()));
        assertEquals(List.of(), addresses.withMacAddresses(Arrays.asList("not-a-mac", null, "")));
    }
}
