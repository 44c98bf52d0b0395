package org.shopdb.plugins.printers.internal.collector;

import java.net.URL;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.shopdb.api.asset.NetworkIdentifiers;
import org.shopdb.api.audit.Actor;
import org.shopdb.api.family.FamilyStore;
import org.shopdb.api.plugin.Collector;
import org.shopdb.api.plugin.CollectorOutcome;
import org.shopdb.plugins.printers.internal.PrinterFields;
import org.shopdb.plugins.printers.internal.PrinterStore;
import org.shopdb.plugins.printers.internal.report.PrinterReport;
import org.shopdb.plugins.printers.internal.report.PrinterReports;

/**
 * {@code POST /api/collector/printers}: what a status poller (SNMP Printer-MIB, the vendor's
 * web page, …) read from each printer. The record describes the printer (vendor, model, queue,
 * …: laid over its values, fields left out keep theirs, audited like any edit) and reports how
 * it is doing (status, page count, supplies: see {@link PrinterReports}). Which printer a record
 * is about: {@link PrinterIdentity}. A record that changes nothing answers {@code UNCHANGED} and
 * writes no audit row; only the report times move.
 */
@Component(service = Collector.class)
public class PrinterCollector implements Collector {

    static final String NAME = "printers";
    static final String SCHEMA = "/schema/printers-collector.json";

    private final FamilyStore<PrinterFields> printers;
    private final PrinterIdentity identity;
    private final PrinterReports reports;
    private final Clock clock;

    @Activate
    public PrinterCollector(@Reference PrinterStore printers, @Reference PrinterReports reports) {
        this(printers.store(), reports, Clock.systemUTC());
    }

    PrinterCollector(FamilyStore<PrinterFields> printers, PrinterReports reports, Clock clock) {
        this.printers = printers;
        this.identity = new PrinterIdentity(printers);
        this.reports = reports;
        this.clock = clock;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public URL recordSchema() {
        return PrinterCollector.class.getResource(SCHEMA);
    }

    @Override
    public List<String> naturalKey() {
        return List.of("ipaddress");
    }

    @Override
    public CollectorOutcome ingest(Actor actor, Map<String, Object> record) {
        PrinterReport report = PrinterReport.of(record, clock.instant());
        String mac = (String) record.get("macaddress");
        String ip = (String) record.get("ipaddress");
        CollectorOutcome outcome = printers.upsert(actor, identity.find(mac, ip), described(record), firstReported(record));
        boolean reported = reports.apply(actor, outcome.assetId(), report);
        return reported && outcome.result() == CollectorOutcome.Result.UNCHANGED ? CollectorOutcome.updated(outcome.assetId()) : outcome;
    }

    /** The record without its report: what the printer is, in the family's fields. */
    static Map<String, Object> described(Map<String, Object> record) {
        Map<String, Object> described = new LinkedHashMap<>(record);
        PrinterReport.FIELDS.forEach(described::remove);
        return described;
    }

    /**
     * A printer first reported is numbered {@code PRN-} and its MAC's digits (its address's when
     * the device gave no MAC), and named by vendor, model and hostname (or address), unless the
     * record says.
     */
    static Map<String, Object> firstReported(Map<String, Object> record) {
        String mac = record.get("macaddress") == null ? null : NetworkIdentifiers.mac((String) record.get("macaddress"));
        String ip = (String) record.get("ipaddress");
        String number = mac != null ? mac.replace(":", "") : ip.replaceAll("[.:]", "-");
        Object where = record.get("hostname") != null ? record.get("hostname") : ip;
        String name = Stream.of(record.get("vendor"), record.get("model"), where).filter(Objects::nonNull).map(Object::toString)
                .collect(Collectors.joining(" "));
        return Map.of("assetnumber", "PRN-" + number, "name", name);
    }
}
