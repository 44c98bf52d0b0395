package org.shopdb.plugins.printers.internal.collector;

import java.util.Optional;

import org.shopdb.api.asset.NetworkIdentifiers;
import org.shopdb.api.error.ValidationException;
import org.shopdb.api.family.FamilyItem;
import org.shopdb.api.family.FamilyStore;
import org.shopdb.api.family.Lookup;
import org.shopdb.plugins.printers.internal.PrinterFields;

/**
 * Which printer a status record is about. The IP address the poller asked is the natural key:
 * a poller works from a list of addresses (often the print server's ports) and knows only that
 * address for a printer that does not answer. The MAC, when the device gave it, identifies the
 * device itself and wins:
 * <ol>
 * <li>a printer with the record's MAC is the one, wherever it answers now (a new DHCP lease
 *     moves its address);</li>
 * <li>else the printer at the record's IP address, unless ShopDB knows it under another MAC:
 *     then another device answers at that address — a swap only an operator can settle (which
 *     asset, retired or moved?), so the record is refused, saying what to do;</li>
 * <li>else a new printer.</li>
 * </ol>
 * A printer registered by hand without a MAC is adopted by the first record from its address.
 */
final class PrinterIdentity {

    private final FamilyStore<PrinterFields> printers;

    PrinterIdentity(FamilyStore<PrinterFields> printers) {
        this.printers = printers;
    }

    /**
     * @param mac the record's MAC address, {@code null} when the device did not give it
     * @throws ValidationException on {@code macaddress} when the printer at {@code ip} is known under another MAC
     * @throws org.shopdb.api.error.ConflictException when several printers have the MAC or the address
     */
    Optional<Long> find(String mac, String ip) {
        String device = mac == null ? null : NetworkIdentifiers.mac(mac);
        if (device != null) {
            Optional<Long> byMac = printers.findId(Lookup.macAddress(device));
            if (byMac.isPresent()) {
                return byMac;
            }
        }
        Optional<Long> atAddress = printers.findId(Lookup.ipAddress(ip));
        if (atAddress.isEmpty() || device == null) {
            return atAddress;
        }
        FamilyItem<PrinterFields> known = printers.require(atAddress.get());
        String knownMac = known.address() == null ? null : known.address().macAddress();
        if (knownMac == null || knownMac.equals(device)) {
            return atAddress;
        }
        throw ValidationException.of("macaddress", "another device answers at " + ip + ": ShopDB knows printer "
                + known.asset().assetNumber() + " (id " + known.assetId() + ") there with MAC " + knownMac + ", this record reports "
                + device + ". If that printer was replaced, retire it or remove its address (PUT /api/printers/" + known.assetId()
                + "), then report again; if only its network card changed, remove its MAC");
    }
}
