package org.shopdb.core.internal.collector;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.shopdb.api.audit.Actor;
import org.shopdb.api.collector.CollectorService;
import org.shopdb.api.collector.CollectorUnavailableException;
import org.shopdb.api.error.ConflictException;
import org.shopdb.api.error.NotFoundException;
import org.shopdb.api.plugin.CollectorOutcome;

import tools.jackson.databind.JsonNode;

/**
 * {@link CollectorService} for other bundles: the records go the way of
 * {@code POST /api/collector/{name}} in all-or-nothing mode ({@link CollectorIngestion}),
 * whose transaction joins the caller's.
 */
@Component(service = CollectorService.class)
public class CoreCollectorService implements CollectorService {

    private final CollectorRegistry collectors;
    private final CollectorIngestion ingestion;

    @Activate
    public CoreCollectorService(@Reference CollectorRegistry collectors, @Reference CollectorIngestion ingestion) {
        this.collectors = collectors;
        this.ingestion = ingestion;
    }

    @Override
    public List<CollectorOutcome> ingest(Actor actor, String collector, List<Map<String, Object>> records) {
        RegisteredCollector registered = collectors.find(collector).orElseThrow(() -> new NotFoundException("Collector", collector));
        if (!registered.usable()) {
            throw new CollectorUnavailableException("Collector " + collector + " cannot take records: its record schema is "
                    + "unusable (the server log says why)");
        }
        List<JsonNode> nodes = records.stream().map(record -> (JsonNode) CollectorJson.MAPPER.valueToTree(record)).toList();
        try {
            return ingestion.ingest(registered, nodes, actor, IngestMode.ALL_OR_NOTHING).results().stream()
                    .map(CoreCollectorService::outcome).toList();
        } catch (DatabaseRefusalException refused) {
            throw new ConflictException("Collector " + collector + ": " + refused.getMessage()
                    + "; a concurrent change may have taken a unique value, trying again may succeed");
        }
    }

    /** All-or-nothing results are never {@code failed}: a failure throws instead. */
    private static CollectorOutcome outcome(RecordResult result) {
        return new CollectorOutcome(CollectorOutcome.Result.valueOf(result.result().toUpperCase(Locale.ROOT)), result.assetId());
    }

    @Override
    public boolean available(String collector) {
        return collectors.find(collector).map(RegisteredCollector::usable).orElse(false);
    }
}
