package org.shopdb.plugins.computers.internal.collector;

import java.net.URL;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.shopdb.api.audit.Actor;
import org.shopdb.api.family.FamilyStore;
import org.shopdb.api.family.Times;
import org.shopdb.api.plugin.Collector;
import org.shopdb.api.plugin.CollectorOutcome;
import org.shopdb.plugins.computers.internal.ComputerAddresses;
import org.shopdb.plugins.computers.internal.ComputerFields;
import org.shopdb.plugins.computers.internal.ComputerFinder;
import org.shopdb.plugins.computers.internal.ComputerKeys;
import org.shopdb.plugins.computers.internal.ComputerStore;
import org.shopdb.plugins.computers.internal.ControlledMachines;

/**
 * {@code POST /api/collector/computers}: a PC inventory (script or agent) pushes one PC per
 * record. The PC is found by hardware UUID, else serial number, else hostname
 * ({@link ComputerFinder}); a PC seen the first time is created. Fields a record leaves out
 * keep their values; {@code addresses} and {@code controls}, when given, are the full sets.
 * A record that changes nothing answers {@code UNCHANGED} and writes no audit row; it only
 * moves the PC's {@code lastinventory} forward.
 */
@Component(service = Collector.class)
public class ComputerCollector implements Collector {

    static final String NAME = "computers";
    static final String SCHEMA = "/schema/computers-collector.json";
    static final String INVENTORIED_AT = "inventoriedat";
    static final String ADDRESSES = "addresses";
    static final String CONTROLS = "controls";
    /** The asset's limit: a longer generated asset number is cut. */
    static final int ASSET_NUMBER_LENGTH = 50;

    private final FamilyStore<ComputerFields> computers;
    private final ComputerFinder finder;
    private final ComputerAddresses addresses;
    private final ControlledMachines machines;

    @Activate
    public ComputerCollector(@Reference ComputerStore computers, @Reference ComputerFinder finder, @Reference ComputerAddresses addresses,
            @Reference ControlledMachines machines) {
        this.computers = computers.store();
        this.finder = finder;
        this.addresses = addresses;
        this.machines = machines;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public URL recordSchema() {
        return ComputerCollector.class.getResource(SCHEMA);
    }

    @Override
    public List<String> naturalKey() {
        return List.of("hostname");
    }

    @Override
    public CollectorOutcome ingest(Actor actor, Map<String, Object> record) {
        Instant inventoried = inventoriedAt(record.get(INVENTORIED_AT), Instant.now());
        Map<String, Object> reported = ComputerKeys.normalised(record);
        reported.remove(INVENTORIED_AT);
        List<?> reportedAddresses = (List<?>) reported.remove(ADDRESSES);
        List<?> controls = (List<?>) reported.remove(CONTROLS);
        String hostname = (String) reported.get("hostname");

        Optional<Long> existing = finder.findComputer((String) reported.get("hardwareuuid"), (String) reported.get("serialnumber"), hostname);
        CollectorOutcome outcome = computers.upsert(actor, existing, reported, firstSeen(hostname));
        long assetId = outcome.assetId();
        boolean changed = reportedAddresses != null && addresses.replace(actor, assetId, ADDRESSES, reportedAddresses);
        changed |= controls != null && machines.replace(actor, assetId, CONTROLS, controls);
        computers.touch(assetId, "lastinventory", inventoried);
        return changed && outcome.result() == CollectorOutcome.Result.UNCHANGED ? CollectorOutcome.updated(assetId) : outcome;
    }

    /**
     * When the inventory was taken; the arrival time when the record does not say. An inventory
     * cannot have been taken after it arrived: a time ahead of the server's (a PC clock running
     * fast, a wrong time zone — common on shop-floor PCs) counts as the arrival time, rather than
     * losing the PC's inventory.
     */
    static Instant inventoriedAt(Object reported, Instant arrived) {
        Instant now = Times.stored(arrived);
        if (reported == null) {
            return now;
        }
        Instant taken = Times.parsed(INVENTORIED_AT, reported);
        return taken.isAfter(now) ? now : taken;
    }

    /** A PC seen the first time is numbered {@code PC-} and its hostname in capitals, and named by its hostname, unless the record says. */
    static Map<String, Object> firstSeen(String hostname) {
        String number = "PC-" + hostname.toUpperCase(Locale.ROOT);
        return Map.of("assetnumber", number.length() > ASSET_NUMBER_LENGTH ? number.substring(0, ASSET_NUMBER_LENGTH) : number,
                "name", hostname);
    }
}
