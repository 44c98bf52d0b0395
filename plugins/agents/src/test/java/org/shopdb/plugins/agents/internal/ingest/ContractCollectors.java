package org.shopdb.plugins.agents.internal.ingest;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;

import org.shopdb.api.audit.Actor;
import org.shopdb.api.collector.CollectorService;
import org.shopdb.api.error.ConflictException;
import org.shopdb.api.error.NotFoundException;
import org.shopdb.api.error.ValidationException;
import org.shopdb.api.plugin.CollectorOutcome;

/**
 * The computers and applications collectors as the agreed contract describes them (by
 * hostname; fields left out keep their values; an identical record is unchanged; software
 * for an unknown computer is refused), kept in memory and safe for concurrent callers.
 */
final class ContractCollectors implements CollectorService {

    record Computer(long assetId, Map<String, Object> record) {
    }

    final Map<String, Computer> computers = new ConcurrentHashMap<>();
    final Map<String, Object> software = new ConcurrentHashMap<>();
    final AtomicInteger computerCalls = new AtomicInteger();
    /** Conflicts still to throw, as a concurrent insert of another transaction would. */
    final AtomicInteger conflictsToThrow = new AtomicInteger();
    /** Collectors whose plugin is stopped: not registered, as the core's registry has it then. */
    final java.util.Set<String> stopped = ConcurrentHashMap.newKeySet();
    /** A collector whose plugin stops while it takes the next record: it throws what a closing plugin throws, and is gone. */
    volatile String stopsDuringNextRecord;
    /** Thrown by the next record while the plugin keeps running: a bug, not an absence. */
    volatile RuntimeException failsOnNextRecord;
    private final LongSupplier newAsset;

    /** @param newAsset creates the asset row a new computer gets and answers its id */
    ContractCollectors(LongSupplier newAsset) {
        this.newAsset = newAsset;
    }

    @Override
    public List<CollectorOutcome> ingest(Actor actor, String collector, List<Map<String, Object>> records) {
        if (stopped.contains(collector)) {
            throw new NotFoundException("Collector", collector);
        }
        RuntimeException bug = failsOnNextRecord;
        if (bug != null) {
            failsOnNextRecord = null;
            throw bug;
        }
        if (collector.equals(stopsDuringNextRecord)) {
            stopped.add(collector);
            throw new IllegalStateException("Attempting to execute an operation on a closed EntityManagerFactory.");
        }
        Map<String, Object> record = records.get(0);
        String hostname = (String) record.get("hostname");
        return switch (collector) {
            case "computers" -> List.of(computer(hostname, record));
            case "applications" -> List.of(applications(hostname, record));
            default -> throw new NotFoundException("Collector", collector);
        };
    }

    private CollectorOutcome computer(String hostname, Map<String, Object> record) {
        computerCalls.incrementAndGet();
        if (conflictsToThrow.getAndUpdate(left -> Math.max(0, left - 1)) > 0) {
            throw new ConflictException("Collector computers: records[0]: refused by the database");
        }
        CollectorOutcome[] outcome = new CollectorOutcome[1];
        computers.compute(hostname, (key, stored) -> {
            if (stored == null) {
                Computer created = new Computer(newAsset.getAsLong(), Map.copyOf(record));
                outcome[0] = CollectorOutcome.created(created.assetId());
                return created;
            }
            Map<String, Object> merged = new java.util.HashMap<>(stored.record());
            merged.putAll(record);
            merged.remove("inventoriedat");
            Map<String, Object> before = new java.util.HashMap<>(stored.record());
            before.remove("inventoriedat");
            outcome[0] = before.equals(merged) ? CollectorOutcome.unchanged(stored.assetId()) : CollectorOutcome.updated(stored.assetId());
            return new Computer(stored.assetId(), Map.copyOf(merged));
        });
        return outcome[0];
    }

    private CollectorOutcome applications(String hostname, Map<String, Object> record) {
        Computer computer = computers.get(hostname);
        if (computer == null) {
            throw ValidationException.of("records[0]", "no computer with hostname " + hostname + "; send it to /api/collector/computers first");
        }
        Object before = software.put(hostname, record.get("software"));
        return Objects.equals(before, record.get("software")) ? CollectorOutcome.unchanged(computer.assetId())
                : before == null ? CollectorOutcome.created(computer.assetId()) : CollectorOutcome.updated(computer.assetId());
    }

    @Override
    public boolean available(String collector) {
        return List.of("computers", "applications").contains(collector) && !stopped.contains(collector);
    }
}
