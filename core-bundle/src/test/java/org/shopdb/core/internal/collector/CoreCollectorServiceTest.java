package org.shopdb.core.internal.collector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.sql.SQLIntegrityConstraintViolationException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.persistence.PersistenceException;

import org.junit.jupiter.api.Test;
import org.shopdb.api.audit.Actor;
import org.shopdb.api.collector.CollectorUnavailableException;
import org.shopdb.api.error.ConflictException;
import org.shopdb.api.error.NotFoundException;
import org.shopdb.api.error.ValidationException;
import org.shopdb.api.plugin.Collector;
import org.shopdb.api.plugin.CollectorOutcome;
import org.shopdb.core.internal.collector.CollectorIngestionTest.FakeTransactions;
import org.shopdb.core.internal.collector.CollectorIngestionTest.InventoryCollector;

class CoreCollectorServiceTest {

    private static final Actor AGENT = Actor.apiKey("agent-key");

    private final FakeTransactions transactions = new FakeTransactions();
    private final InventoryCollector cameras = new InventoryCollector(transactions);
    private final Map<String, RegisteredCollector> registered = new LinkedHashMap<>();
    private final CoreCollectorService service = new CoreCollectorService(new CollectorRegistry() {
        @Override
        public Optional<RegisteredCollector> find(String name) {
            return Optional.ofNullable(registered.get(name));
        }
    }, new CollectorIngestion(transactions));

    CoreCollectorServiceTest() {
        register("cameras", cameras);
    }

    private void register(String name, Collector collector) {
        registered.put(name, new RegisteredCollector(name, collector, RecordSchemaTest.camera(), null, List.of("macaddress"), 1, "test"));
    }

    private static Map<String, Object> camera(int n, String name) {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("macaddress", "00:1A:2B:3C:4D:0" + n);
        record.put("name", name);
        return record;
    }

    @Test
    void recordsAreIngestedWithOneOutcomeEach() {
        List<CollectorOutcome> first = service.ingest(AGENT, "cameras", List.of(camera(1, "A"), camera(2, "B")));
        assertEquals(List.of(CollectorOutcome.created(1), CollectorOutcome.created(2)), first);

        List<CollectorOutcome> again = service.ingest(AGENT, "cameras", List.of(camera(1, "A"), camera(2, "B2")));
        assertEquals(List.of(CollectorOutcome.unchanged(1), CollectorOutcome.updated(2)), again);
        assertEquals(AGENT, cameras.lastActor);
    }

    @Test
    void callsInsideOneTransactionCommitOrRollBackTogether() {
        assertThrows(ValidationException.class, () -> transactions.required(() -> {
            service.ingest(AGENT, "cameras", List.of(camera(1, "A")));
            return service.ingest(AGENT, "cameras", List.of(camera(2, InventoryCollector.REFUSED)));
        }));
        assertTrue(transactions.committed.isEmpty(), "the first call's record went with the second's failure: " + transactions.committed);

        transactions.required(() -> {
            service.ingest(AGENT, "cameras", List.of(camera(1, "A")));
            return service.ingest(AGENT, "cameras", List.of(camera(2, "B")));
        });
        assertEquals(List.of("00:1A:2B:3C:4D:01", "00:1A:2B:3C:4D:02"), List.copyOf(transactions.committed.keySet()));
    }

    @Test
    void schemaErrorsNameRecordAndField() {
        Map<String, Object> bad = camera(1, "A");
        bad.put("macaddress", "not a mac");
        ValidationException invalid = assertThrows(ValidationException.class, () -> service.ingest(AGENT, "cameras", List.of(camera(2, "B"), bad)));
        assertEquals("records[1].macaddress", invalid.errors().get(0).field());
        assertEquals(0, cameras.calls, "nothing reached the plugin");
    }

    @Test
    void unknownCollectorIsNotFound() {
        assertThrows(NotFoundException.class, () -> service.ingest(AGENT, "printers", List.of(camera(1, "A"))));
        assertFalse(service.available("printers"));
        assertTrue(service.available("cameras"));
    }

    @Test
    void collectorWithAnUnusableSchemaIsUnavailable() {
        registered.put("broken", new RegisteredCollector("broken", cameras, null, "bad schema", List.of(), 2, "test"));
        assertThrows(CollectorUnavailableException.class, () -> service.ingest(AGENT, "broken", List.of(camera(1, "A"))));
        assertFalse(service.available("broken"));
    }

    @Test
    void databaseRefusalIsAConflictTheCallerMayRetry() {
        register("racing", new Collector() {
            @Override
            public String name() {
                return "racing";
            }

            @Override
            public URL recordSchema() {
                return null;
            }

            @Override
            public List<String> naturalKey() {
                return List.of("macaddress");
            }

            @Override
            public CollectorOutcome ingest(Actor actor, Map<String, Object> record) {
                throw new PersistenceException(new SQLIntegrityConstraintViolationException("Duplicate entry", "23000"));
            }
        });
        ConflictException conflict = assertThrows(ConflictException.class, () -> service.ingest(AGENT, "racing", List.of(camera(1, "A"))));
        assertTrue(conflict.getMessage().contains("trying again may succeed"), conflict.getMessage());
    }
}
