package org.shopdb.plugins.equipment.internal.collector;

import java.net.URL;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.shopdb.api.audit.Actor;
import org.shopdb.api.family.FamilyStore;
import org.shopdb.api.family.Lookup;
import org.shopdb.api.plugin.Collector;
import org.shopdb.api.plugin.CollectorOutcome;
import org.shopdb.plugins.equipment.internal.MachineFields;
import org.shopdb.plugins.equipment.internal.MachineStore;

/**
 * {@code POST /api/collector/equipment}: what a machine-data or DNC script read from the
 * controls (controller model and software version, how programs reach each machine), upserted
 * by machine number — the name the floor, the DNC server and the script all use. Fields a
 * record leaves out keep their values, so an operator's entries (install date, location)
 * survive the next run; a record that changes nothing answers {@code UNCHANGED} and writes no
 * audit row.
 */
@Component(service = Collector.class)
public class MachineCollector implements Collector {

    static final String NAME = "equipment";
    static final String RECORD_SCHEMA = "/schema/equipment-collector.json";
    static final String KEY = "machinenumber";

    private final FamilyStore<MachineFields> machines;

    @Activate
    public MachineCollector(@Reference MachineStore machines) {
        this(machines.store());
    }

    MachineCollector(FamilyStore<MachineFields> machines) {
        this.machines = machines;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public URL recordSchema() {
        return MachineCollector.class.getResource(RECORD_SCHEMA);
    }

    @Override
    public List<String> naturalKey() {
        return List.of(KEY);
    }

    @Override
    public CollectorOutcome ingest(Actor actor, Map<String, Object> record) {
        String machineNumber = machineNumber(record);
        return machines.upsert(actor, machines.findId(Lookup.column(KEY, machineNumber)), record, firstReported(record, machineNumber));
    }

    /** As the table keeps it: trimmed, upper case. */
    static String machineNumber(Map<String, Object> record) {
        return String.valueOf(record.get(KEY)).trim().toUpperCase(Locale.ROOT);
    }

    /** A machine reported the first time is numbered by its machine number, and named by vendor, model and number, unless the record says. */
    static Map<String, Object> firstReported(Map<String, Object> record, String machineNumber) {
        Map<String, Object> defaults = new LinkedHashMap<>();
        defaults.put("assetnumber", machineNumber);
        defaults.put("name", Stream.of(record.get("vendor"), record.get("model"), machineNumber).filter(Objects::nonNull)
                .map(String::valueOf).collect(Collectors.joining(" ")));
        return defaults;
    }
}
