package org.shopdb.plugins.computers.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.shopdb.api.asset.NetworkAddress;
import org.shopdb.api.asset.NetworkAddressService;
import org.shopdb.api.asset.NetworkIdentifiers;
import org.shopdb.api.asset.NewNetworkAddress;
import org.shopdb.api.audit.Actor;
import org.shopdb.api.error.FieldError;
import org.shopdb.api.error.ValidationException;
import org.shopdb.api.family.PrimaryAddress;

/**
 * A computer's network addresses as an inventory reports them: the full set, the first one
 * primary. Each address is kept by the core's {@link NetworkAddressService} (so core search
 * finds the PC by any of its IPs, MACs and DNS names), and each change is audited there.
 */
@Component(service = ComputerAddresses.class)
public class ComputerAddresses {

    private final NetworkAddressService addresses;

    @Activate
    public ComputerAddresses(@Reference NetworkAddressService addresses) {
        this.addresses = addresses;
    }

    /**
     * Makes the computer's addresses the reported ones: removes those not listed, adds the new
     * ones, and makes the first one primary. Nothing is written when they are the same already.
     *
     * @param field    the record's field, for error messages ({@code addresses})
     * @param reported address objects ({@code ipaddress}, {@code macaddress}, {@code hostname})
     * @return whether anything changed
     * @throws ValidationException naming each malformed value ({@code addresses[1].macaddress}) before anything is written
     */
    public boolean replace(Actor actor, long assetId, String field, List<?> reported) {
        List<PrimaryAddress> wanted = wanted(field, reported);
        PrimaryAddress primary = wanted.isEmpty() ? null : wanted.get(0);
        List<PrimaryAddress> kept = new ArrayList<>();
        List<NetworkAddress> outdated = new ArrayList<>();
        for (NetworkAddress stored : addresses.forAsset(assetId)) {
            PrimaryAddress address = PrimaryAddress.of(stored);
            if (wanted.contains(address) && stored.primary() == address.equals(primary) && !kept.contains(address)) {
                kept.add(address);
            } else {
                outdated.add(stored);
            }
        }
        List<PrimaryAddress> added = wanted.stream().filter(address -> !kept.contains(address)).toList();
        outdated.forEach(stored -> addresses.remove(actor, assetId, stored.addressId()));
        added.forEach(address -> addresses.add(actor, assetId,
                new NewNetworkAddress(address.ipAddress(), address.macAddress(), address.hostname(), address.equals(primary))));
        return !outdated.isEmpty() || !added.isEmpty();
    }

    /**
     * The reported addresses as the core stores them (MAC {@code AA:BB:CC:DD:EE:FF}, names in
     * lower case), each once, in the reported order.
     *
     * @throws ValidationException naming every malformed value
     */
    static List<PrimaryAddress> wanted(String field, List<?> reported) {
        List<FieldError> errors = new ArrayList<>();
        Set<PrimaryAddress> wanted = new LinkedHashSet<>();
        for (int i = 0; i < reported.size(); i++) {
            String prefix = field + "[" + i + "].";
            Map<?, ?> entry = reported.get(i) instanceof Map<?, ?> map ? map : Map.of();
            PrimaryAddress address = new PrimaryAddress(
                    normalised(entry.get("ipaddress"), NetworkIdentifiers::ip, prefix + "ipaddress", "is not an IPv4 or IPv6 address", errors),
                    normalised(entry.get("macaddress"), NetworkIdentifiers::mac, prefix + "macaddress", "is not a MAC address", errors),
                    normalised(entry.get("hostname"), NetworkIdentifiers::hostname, prefix + "hostname", "is not a DNS name", errors));
            boolean nothingSent = PrimaryAddress.NAMES.stream().map(entry::get).allMatch(value -> value == null || value.toString().isBlank());
            if (nothingSent) {
                errors.add(new FieldError(field + "[" + i + "]", "needs an ipaddress, a macaddress or a hostname"));
            }
            wanted.add(address);
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return List.copyOf(wanted);
    }

    private static String normalised(Object value, UnaryOperator<String> normaliser, String field, String problem, List<FieldError> errors) {
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        String normal = normaliser.apply(value.toString());
        if (normal == null) {
            errors.add(new FieldError(field, problem));
        }
        return normal;
    }
}
