package org.shopdb.plugins.computers.internal;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.shopdb.api.family.FamilyStore;
import org.shopdb.api.family.Lookup;
import org.shopdb.plugins.computers.api.ComputerDirectory;

/**
 * Finds the computer an inventory describes, by the agreed identity order: hardware UUID, then
 * the asset's serial number, then hostname. The UUID comes first because it survives a rename
 * and a reinstall; the serial next (it survives a new mainboard's UUID), but it is not unique
 * everywhere (clones, virtual machines), so a serial several computers share identifies none of
 * them; the hostname last, as every record has it. Served to other plugins as the
 * {@link ComputerDirectory}.
 */
@Component(service = {ComputerFinder.class, ComputerDirectory.class})
public class ComputerFinder implements ComputerDirectory {

    private final ComputerStore computers;

    @Activate
    public ComputerFinder(@Reference ComputerStore computers) {
        this.computers = computers;
    }

    @Override
    public Optional<Long> findComputer(String hardwareUuid, String serialNumber, String hostname) {
        FamilyStore<ComputerFields> store = computers.store();
        Optional<Long> byUuid = store.findId(Lookup.column("hardwareuuid", ComputerKeys.hardwareUuid(hardwareUuid)));
        if (byUuid.isPresent()) {
            return byUuid;
        }
        Optional<Long> bySerial = bySerial(store, serialNumber);
        if (bySerial.isPresent()) {
            return bySerial;
        }
        return store.findId(Lookup.column("hostname", ComputerKeys.hostname(hostname)));
    }

    @Override
    public Map<Long, String> hostnames(Collection<Long> computerIds) {
        if (computerIds.isEmpty()) {
            return Map.of();
        }
        List<Object[]> rows = computers.withEntityManager(em -> em
                .createQuery("select c.assetId, c.hostname from ComputerEntity c where c.assetId in :ids", Object[].class)
                .setParameter("ids", List.copyOf(computerIds)).getResultList());
        return rows.stream().collect(Collectors.toMap(row -> ((Number) row[0]).longValue(), row -> (String) row[1]));
    }

    /** The one computer with this serial number; none when several share it. */
    private static Optional<Long> bySerial(FamilyStore<ComputerFields> store, String serialNumber) {
        List<Long> ids = store.findIds(Lookup.serialNumber(serialNumber));
        return ids.size() == 1 ? Optional.of(ids.get(0)) : Optional.empty();
    }
}
