package org.shopdb.plugins.applications.internal.collector;

import java.net.URL;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.shopdb.api.audit.Actor;
import org.shopdb.api.error.ValidationException;
import org.shopdb.api.plugin.Collector;
import org.shopdb.api.plugin.CollectorOutcome;
import org.shopdb.plugins.applications.internal.VersionKey;
import org.shopdb.plugins.applications.internal.catalog.Catalog;
import org.shopdb.plugins.applications.internal.catalog.CatalogKey;
import org.shopdb.plugins.applications.internal.installations.Installations;
import org.shopdb.plugins.applications.internal.installations.Installed;
import org.shopdb.plugins.computers.api.ComputerDirectory;

/**
 * {@code POST /api/collector/applications}: the software a PC inventory found on one computer.
 * The computer is found as the computers collector finds it (hardware UUID, serial number,
 * hostname: {@link ComputerDirectory}) and must be known already. Each program is matched to
 * its catalog entry by name and vendor, created when new; its installation on the computer is
 * created, or updated when the version or install date changed (audited old → new). A
 * {@code complete} record (the default) is the computer's whole software: installations it does
 * not list are removed. A record that changes nothing answers {@code UNCHANGED} and writes nothing.
 */
@Component(service = Collector.class)
public class ApplicationCollector implements Collector {

    static final String NAME = "applications";
    static final String SCHEMA = "/schema/applications-collector.json";

    private final ComputerDirectory computers;
    private final Catalog catalog;
    private final Installations installations;

    @Activate
    public ApplicationCollector(@Reference ComputerDirectory computers, @Reference Catalog catalog, @Reference Installations installations) {
        this.computers = computers;
        this.catalog = catalog;
        this.installations = installations;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public URL recordSchema() {
        return ApplicationCollector.class.getResource(SCHEMA);
    }

    @Override
    public List<String> naturalKey() {
        return List.of("hostname");
    }

    @Override
    public CollectorOutcome ingest(Actor actor, Map<String, Object> record) {
        String hostname = (String) record.get("hostname");
        long computerId = computers.findComputer((String) record.get("hardwareuuid"), (String) record.get("serialnumber"), hostname)
                .orElseThrow(() -> ValidationException.of("hostname", "no computer with hostname " + hostname
                        + "; send it to /api/collector/computers first"));
        Map<CatalogKey, Program> programs = programs((List<?>) record.getOrDefault("software", List.of()));
        Map<CatalogKey, Long> entries = catalog.resolve(actor, reported(programs));
        Map<Long, Installations.Wanted> wanted = new LinkedHashMap<>();
        programs.forEach((key, program) -> wanted.put(entries.get(key), new Installations.Wanted(program.installed(), program.name())));
        String name = computers.hostnames(List.of(computerId)).getOrDefault(computerId, hostname);
        Installations.SyncResult result = installations.sync(actor, computerId, name, wanted, !Boolean.FALSE.equals(record.get("complete")));
        if (!result.changed()) {
            return CollectorOutcome.unchanged(computerId);
        }
        return result.first() ? CollectorOutcome.created(computerId) : CollectorOutcome.updated(computerId);
    }

    /**
     * The record's programs by catalog key. A program listed twice (the same name and vendor,
     * say two releases side by side) counts once, in its highest version: a computer has one
     * installation per catalog entry.
     */
    static Map<CatalogKey, Program> programs(List<?> software) {
        Map<CatalogKey, Program> programs = new LinkedHashMap<>();
        for (Object item : software) {
            Map<?, ?> entry = (Map<?, ?>) item;
            Program program = new Program((String) entry.get("name"), (String) entry.get("vendor"),
                    new Installed((String) entry.get("version"), date(entry.get("installdate"))));
            programs.merge(CatalogKey.of(program.name(), program.vendor()), program,
                    (kept, other) -> VersionKey.of(other.installed().version()).compareTo(VersionKey.of(kept.installed().version())) > 0 ? other : kept);
        }
        return programs;
    }

    private static Map<CatalogKey, Catalog.Reported> reported(Map<CatalogKey, Program> programs) {
        Map<CatalogKey, Catalog.Reported> reported = new LinkedHashMap<>();
        programs.forEach((key, program) -> reported.put(key, new Catalog.Reported(program.name(), program.vendor())));
        return reported;
    }

    /** The schema asserts the format; a date that does not exist (2026-02-30) is refused here. */
    private static LocalDate date(Object value) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value.toString());
        } catch (java.time.format.DateTimeParseException e) {
            throw ValidationException.of("software", "installdate " + value + " is not a date such as 2026-01-12");
        }
    }

    /** One program as the record lists it. */
    record Program(String name, String vendor, Installed installed) {
    }
}
