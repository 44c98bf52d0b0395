package org.shopdb.plugins.printers.internal.collector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.shopdb.api.asset.Asset;
import org.shopdb.api.audit.Actor;
import org.shopdb.api.error.ValidationException;
import org.shopdb.api.family.AssetFamily;
import org.shopdb.api.family.FamilyItem;
import org.shopdb.api.family.FamilyQuery;
import org.shopdb.api.family.FamilyStore;
import org.shopdb.api.family.Lookup;
import org.shopdb.api.family.PrimaryAddress;
import org.shopdb.api.paging.Page;
import org.shopdb.api.plugin.CollectorOutcome;
import org.shopdb.api.plugin.WidgetData;
import org.shopdb.plugins.printers.internal.PrinterFamily;
import org.shopdb.plugins.printers.internal.PrinterFields;

class PrinterIdentityTest {

    private final Printers printers = new Printers();
    private final PrinterIdentity identity = new PrinterIdentity(printers);

    @Test
    void theMacFindsTheDeviceWhereverItAnswersNow() {
        printers.add(7, "PRN-0007", "10.20.4.31", "00:07:4D:0A:0B:0C");
        assertEquals(Optional.of(7L), identity.find("00074d0a0b0c", "10.20.9.99"), "a new DHCP lease: same printer");
    }

    @Test
    void withoutAKnownMacTheAddressPolledFindsThePrinter() {
        printers.add(7, "PRN-0007", "10.20.4.31", "00:07:4D:0A:0B:0C");
        assertEquals(Optional.of(7L), identity.find(null, "10.20.4.31"), "a printer that did not answer is known by its address");
        assertEquals(Optional.empty(), identity.find(null, "10.20.4.32"));
    }

    @Test
    void aPrinterRegisteredWithoutAMacIsAdoptedByTheFirstReportFromItsAddress() {
        printers.add(8, "PRN-0008", "10.20.4.40", null);
        assertEquals(Optional.of(8L), identity.find("00:07:4D:00:00:08", "10.20.4.40"));
    }

    @Test
    void anotherDeviceAtAKnownPrintersAddressIsRefusedSayingWhatToDo() {
        printers.add(7, "PRN-0007", "10.20.4.31", "00:07:4D:0A:0B:0C");
        ValidationException swap = assertThrows(ValidationException.class, () -> identity.find("00:07:4D:99:99:99", "10.20.4.31"));
        assertEquals("macaddress", swap.errors().get(0).field());
        String message = swap.errors().get(0).message();
        assertTrue(message.contains("PRN-0007") && message.contains("00:07:4D:0A:0B:0C") && message.contains("00:07:4D:99:99:99")
                && message.contains("/api/printers/7"), message);
    }

    @Test
    void aNewDeviceAtANewAddressIsANewPrinter() {
        printers.add(7, "PRN-0007", "10.20.4.31", "00:07:4D:0A:0B:0C");
        assertEquals(Optional.empty(), identity.find("00:07:4D:00:00:01", "10.20.4.50"));
    }

    /** Printers by MAC and IP, as the core's store finds them; nothing else is needed of it here. */
    private static final class Printers implements FamilyStore<PrinterFields> {

        private final Map<Long, FamilyItem<PrinterFields>> items = new HashMap<>();

        void add(long id, String assetNumber, String ip, String mac) {
            Asset asset = new Asset(id, assetNumber, assetNumber, "printer", "inservice", null, null, null, null, true, Instant.EPOCH, Instant.EPOCH, 1);
            PrinterFields fields = new PrinterFields(null, null, null, null, null, false, false, null, null, null, null, null);
            items.put(id, new FamilyItem<>(asset, fields, new PrimaryAddress(ip, mac, null), 1));
        }

        @Override
        public Optional<Long> findId(Lookup lookup) {
            return items.values().stream().filter(item -> matches(item.address(), lookup)).map(FamilyItem::assetId).findFirst();
        }

        @Override
        public java.util.List<Long> findIds(Lookup lookup) {
            return items.values().stream().filter(item -> matches(item.address(), lookup)).map(FamilyItem::assetId).toList();
        }

        private static boolean matches(PrimaryAddress address, Lookup lookup) {
            if (lookup instanceof Lookup.MacAddress mac) {
                return address.normalised().equals(new PrimaryAddress(address.ipAddress(), mac.value(), null).normalised());
            }
            return lookup instanceof Lookup.IpAddress ip && ip.value().equals(address.ipAddress());
        }

        @Override
        public Optional<FamilyItem<PrinterFields>> find(long assetId) {
            return Optional.ofNullable(items.get(assetId));
        }

        @Override
        public AssetFamily<PrinterFields> family() {
            return PrinterFamily.INSTANCE;
        }

        @Override
        public Page<FamilyItem<PrinterFields>> list(FamilyQuery query) {
            throw new UnsupportedOperationException();
        }

        @Override
        public FamilyItem<PrinterFields> create(Actor actor, Map<String, ?> values) {
            throw new UnsupportedOperationException();
        }

        @Override
        public FamilyItem<PrinterFields> replace(Actor actor, long assetId, Map<String, ?> values) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void delete(Actor actor, long assetId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public CollectorOutcome upsert(Actor actor, Optional<Long> existing, Map<String, ?> reported, Map<String, ?> defaults) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void touch(long assetId, String column, Instant at) {
            throw new UnsupportedOperationException();
        }

        @Override
        public WidgetData.Breakdown statusBreakdown() {
            throw new UnsupportedOperationException();
        }

        @Override
        public Map<Object, Long> countBy(String field) {
            throw new UnsupportedOperationException();
        }
    }
}
