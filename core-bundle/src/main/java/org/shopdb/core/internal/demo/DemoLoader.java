package org.shopdb.core.internal.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.shopdb.api.audit.Actor;
import org.shopdb.api.plugin.DemoData;
import org.shopdb.api.plugin.DemoSite;
import org.shopdb.api.reference.Location;
import org.shopdb.api.reference.LocationKind;
import org.shopdb.api.reference.ReferenceDataService;
import org.shopdb.core.internal.collector.CollectorIngestion;
import org.shopdb.core.internal.collector.CollectorRegistry;
import org.shopdb.core.internal.collector.IngestMode;
import org.shopdb.core.internal.collector.IngestReport;
import org.shopdb.core.internal.collector.RegisteredCollector;
import org.shopdb.core.internal.rest.Json;
import org.shopdb.core.internal.seed.SeedDocument;
import org.shopdb.core.internal.seed.SiteSeeder;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds the demo site: its locations (resource {@code demo/demo-site.json}, seeded like a
 * site file), then the items of every installed plugin's {@link DemoData}, in their order,
 * through each plugin's collector in batches, so that they are validated and stored like
 * any inventory script's and a second run updates them in place.
 */
@Component(service = DemoLoader.class)
public class DemoLoader {

    static final String SITE = "/demo/demo-site.json";
    static final String SITE_CODE = "DEMO";
    static final long SEED = 20261206L;
    static final int BATCH = 100;

    private static final JsonMapper RECORDS = JsonMapper.builder().build();

    private final SiteSeeder siteSeeder;
    private final ReferenceDataService referenceData;
    private final CollectorRegistry collectors;
    private final CollectorIngestion ingestion;
    private final List<DemoData> demoData = new CopyOnWriteArrayList<>();

    @Activate
    public DemoLoader(@Reference SiteSeeder siteSeeder, @Reference ReferenceDataService referenceData, @Reference CollectorRegistry collectors,
            @Reference CollectorIngestion ingestion) {
        this.siteSeeder = siteSeeder;
        this.referenceData = referenceData;
        this.collectors = collectors;
        this.ingestion = ingestion;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addDemoData(DemoData data) {
        demoData.add(data);
    }

    void removeDemoData(DemoData data) {
        demoData.remove(data);
    }

    /**
     * @param count    about how many items each plugin adds
     * @param progress one line per step, for the console
     */
    public List<DemoReport> load(Actor actor, int count, Consumer<String> progress) {
        siteSeeder.seed(actor, siteDocument());
        DemoSite site = new DemoSite(placesOfTheSite(), SEED);
        progress.accept("Demo site " + SITE_CODE + ": " + site.locationIds().size() + " areas and cells");
        List<DemoReport> reports = new ArrayList<>();
        List<DemoData> plugins = demoData.stream().sorted(Comparator.comparingInt(DemoData::order).thenComparing(DemoData::collector)).toList();
        if (plugins.isEmpty()) {
            progress.accept("No installed plugin has demo data (feature:install shopdb-computers, … first)");
        }
        for (DemoData plugin : plugins) {
            reports.add(load(actor, plugin, site, count, progress));
        }
        return reports;
    }

    private DemoReport load(Actor actor, DemoData plugin, DemoSite site, int count, Consumer<String> progress) {
        RegisteredCollector collector = collectors.find(plugin.collector()).filter(RegisteredCollector::usable)
                .orElseThrow(() -> new IllegalStateException("the demo data names collector '" + plugin.collector() + "', which is not live"));
        List<JsonNode> records = plugin.records(site, count).stream().map(record -> (JsonNode) RECORDS.valueToTree(record)).toList();
        DemoReport report = new DemoReport(plugin.collector());
        for (int from = 0; from < records.size(); from += BATCH) {
            IngestReport batch = ingestion.ingest(collector, records.subList(from, Math.min(records.size(), from + BATCH)), actor,
                    IngestMode.ALL_OR_NOTHING);
            report.add(batch);
            progress.accept("  " + plugin.collector() + ": " + Math.min(records.size(), from + BATCH) + " of " + records.size() + " records");
        }
        progress.accept("  " + report);
        return report;
    }

    /** Areas and cells below the demo site: where shop-floor items go. */
    private List<Long> placesOfTheSite() {
        List<Location> all = referenceData.locations();
        String sitePath = all.stream().filter(location -> SITE_CODE.equals(location.code())).map(Location::path).findFirst()
                .orElseThrow(() -> new IllegalStateException("the demo site " + SITE_CODE + " was not seeded"));
        return all.stream().filter(location -> location.path().startsWith(sitePath))
                .filter(location -> location.kind() == LocationKind.AREA || location.kind() == LocationKind.CELL)
                .map(Location::locationId).toList();
    }

    private static SeedDocument siteDocument() {
        try (InputStream in = DemoLoader.class.getResourceAsStream(SITE)) {
            return Json.MAPPER.readValue(in, SeedDocument.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the demo site " + SITE, e);
        }
    }

    /** The demo items a plugin's collector took. */
    public static final class DemoReport {

        private final String collector;
        private int created;
        private int updated;
        private int unchanged;

        DemoReport(String collector) {
            this.collector = collector;
        }

        void add(IngestReport batch) {
            created += batch.created();
            updated += batch.updated();
            unchanged += batch.unchanged();
        }

        public int total() {
            return created + updated + unchanged;
        }

        @Override
        public String toString() {
            return collector + ": " + created + " created, " + updated + " updated, " + unchanged + " unchanged";
        }
    }
}
