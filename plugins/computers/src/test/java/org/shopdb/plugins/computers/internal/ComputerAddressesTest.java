package org.shopdb.plugins.computers.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.shopdb.api.asset.NetworkAddress;
import org.shopdb.api.asset.NetworkAddressService;
import org.shopdb.api.asset.NetworkIdentifiers;
import org.shopdb.api.asset.NewNetworkAddress;
import org.shopdb.api.audit.Actor;
import org.shopdb.api.error.FieldError;
import org.shopdb.api.error.ValidationException;

class ComputerAddressesTest {

    private static final Actor ACTOR = Actor.apiKey("inventory");
    private static final long PC = 42;

    /** The core's address book for one asset, normalising as the core does, counting writes. */
    private static final class Addresses implements NetworkAddressService {
        final List<NetworkAddress> stored = new ArrayList<>();
        int writes;
        private long nextId = 1;

        @Override
        public List<NetworkAddress> forAsset(long assetId) {
            return List.copyOf(stored);
        }

        @Override
        public NetworkAddress add(Actor actor, long assetId, NewNetworkAddress address) {
            writes++;
            if (address.primary()) {
                stored.replaceAll(other -> new NetworkAddress(other.addressId(), assetId, other.ipAddress(), other.macAddress(), other.hostname(), false));
            }
            NetworkAddress added = new NetworkAddress(nextId++, assetId, address.ipAddress() == null ? null : NetworkIdentifiers.ip(address.ipAddress()),
                    address.macAddress() == null ? null : NetworkIdentifiers.mac(address.macAddress()),
                    address.hostname() == null ? null : NetworkIdentifiers.hostname(address.hostname()), address.primary());
            stored.add(added);
            return added;
        }

        @Override
        public void remove(Actor actor, long assetId, long addressId) {
            writes++;
            stored.removeIf(address -> address.addressId() == addressId);
        }

        @Override
        public Map<Long, NetworkAddress> primaryAddresses(Collection<Long> assetIds) {
            return Map.of();
        }

        @Override
        public List<NetworkAddress> withMacAddresses(Collection<String> macAddresses) {
            return List.of();
        }
    }

    private final Addresses core = new Addresses();
    private final ComputerAddresses addresses = new ComputerAddresses(core);

    private static Map<String, Object> address(String ip, String mac) {
        return mac == null ? Map.of("ipaddress", ip) : Map.of("ipaddress", ip, "macaddress", mac);
    }

    @Test
    void theReportedAddressesBecomeTheSetTheFirstPrimary() {
        assertTrue(addresses.replace(ACTOR, PC, "addresses", List.of(address("10.20.4.42", "aa-bb-cc-00-00-42"), address("192.168.0.42", null))));
        assertEquals(2, core.stored.size());
        NetworkAddress primary = core.stored.stream().filter(NetworkAddress::primary).findFirst().orElseThrow();
        assertEquals("AA:BB:CC:00:00:42", primary.macAddress());
        assertEquals(1, core.stored.stream().filter(NetworkAddress::primary).count());
    }

    @Test
    void theSameSetAgainWritesNothingWhateverTheNotation() {
        addresses.replace(ACTOR, PC, "addresses", List.of(address("10.20.4.42", "aa-bb-cc-00-00-42"), address("192.168.0.42", null)));
        int writes = core.writes;
        assertFalse(addresses.replace(ACTOR, PC, "addresses", List.of(address("10.20.4.42", "AA:BB:CC:00:00:42"), address("192.168.0.42", null))));
        assertEquals(writes, core.writes);
    }

    @Test
    void unlistedAddressesGoAndANewFirstBecomesPrimaryKeepingTheRest() {
        addresses.replace(ACTOR, PC, "addresses", List.of(address("10.0.0.1", null), address("10.0.0.2", null), address("10.0.0.3", null)));
        long kept = core.stored.stream().filter(a -> a.ipAddress().equals("10.0.0.3")).findFirst().orElseThrow().addressId();
        assertTrue(addresses.replace(ACTOR, PC, "addresses", List.of(address("10.0.0.2", null), address("10.0.0.3", null))));
        assertEquals(List.of("10.0.0.2", "10.0.0.3"), core.stored.stream().map(NetworkAddress::ipAddress).sorted().toList());
        assertEquals("10.0.0.2", core.stored.stream().filter(NetworkAddress::primary).findFirst().orElseThrow().ipAddress());
        assertTrue(core.stored.stream().anyMatch(a -> a.addressId() == kept), "an address still listed and still secondary is not rewritten");
        assertTrue(addresses.replace(ACTOR, PC, "addresses", List.of()));
        assertEquals(List.of(), core.stored, "[] removes them all");
    }

    @Test
    void malformedValuesAreNamedOneByOneBeforeAnythingIsWritten() {
        ValidationException refused = assertThrows(ValidationException.class, () -> addresses.replace(ACTOR, PC, "addresses",
                List.of(address("10.0.0.1", null), Map.of("ipaddress", "10.0.0.300", "macaddress", "nope"), Map.of("hostname", " "))));
        assertEquals(List.of("addresses[1].ipaddress", "addresses[1].macaddress", "addresses[2]"),
                refused.errors().stream().map(FieldError::field).toList());
        assertEquals(0, core.writes);
    }
}
