package org.shopdb.core.internal.collector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManagerFactory;

import org.junit.jupiter.api.Test;
import org.shopdb.api.audit.Actor;
import org.shopdb.api.error.FieldError;
import org.shopdb.api.error.ValidationException;
import org.shopdb.api.plugin.Collector;
import org.shopdb.api.plugin.CollectorOutcome;
import org.shopdb.api.tx.EntityManagerWork;
import org.shopdb.api.tx.TransactionalWork;
import org.shopdb.api.tx.UnitOfWork;

class CollectorIngestionTest {

    private final FakeTransactions transactions = new FakeTransactions();
    private final InventoryCollector plugin = new InventoryCollector(transactions);
    private final CollectorIngestion ingestion = new CollectorIngestion(transactions);
    private final RegisteredCollector collector = new RegisteredCollector("cameras", plugin, RecordSchemaTest.camera(), null,
            List.of("macaddress"), 1, "test");

    private IngestReport ingest(IngestMode mode, String... records) {
        String batch = "[" + String.join(",", records) + "]";
        return ingestion.ingest(collector, CollectorBody.records(batch.getBytes(StandardCharsets.UTF_8)), Actor.apiKey("script"), mode);
    }

    private static String camera(int n, String name) {
        return "{\"macaddress\":\"00:1A:2B:3C:4D:0" + n + "\",\"name\":\"" + name + "\"}";
    }

    @Test
    void batchReportsEachRecordAndCounts() {
        IngestReport first = ingest(IngestMode.ALL_OR_NOTHING, camera(1, "A"), camera(2, "B"));
        assertEquals(2, first.created());
        assertEquals(List.of("created", "created"), first.results().stream().map(RecordResult::result).toList());
        assertEquals(1L, first.results().get(0).assetId());

        IngestReport again = ingest(IngestMode.ALL_OR_NOTHING, camera(1, "A"), camera(2, "B renamed"));
        assertEquals(1, again.unchanged());
        assertEquals(1, again.updated());
        assertEquals(2, again.received());
        assertEquals("all-or-nothing", again.mode());
        assertEquals(Actor.apiKey("script"), plugin.lastActor);
    }

    @Test
    void allOrNothingWritesNothingWhenOneRecordIsRefused() {
        ValidationException refused = assertThrows(ValidationException.class,
                () -> ingest(IngestMode.ALL_OR_NOTHING, camera(1, "A"), camera(2, InventoryCollector.REFUSED), camera(3, "C")));
        assertEquals("records[1].name", refused.errors().get(0).field());
        assertTrue(transactions.committed.isEmpty(), "nothing committed: " + transactions.committed);
        assertEquals(1, transactions.rolledBack);
    }

    @Test
    void allOrNothingChecksTheWholeBatchBeforeWriting() {
        ValidationException invalid = assertThrows(ValidationException.class,
                () -> ingest(IngestMode.ALL_OR_NOTHING, camera(1, "A"), "{\"macaddress\":\"x\",\"name\":\"B\"}", "{\"name\":\"C\"}"));
        assertEquals(List.of("records[1].macaddress", "records[2].macaddress"), invalid.errors().stream().map(FieldError::field).toList());
        assertEquals(0, plugin.calls, "the plugin saw no record");
    }

    @Test
    void perRecordCommitsTheGoodOnesAndReportsTheRest() {
        IngestReport report = ingest(IngestMode.PER_RECORD, camera(1, "A"), "{\"macaddress\":\"x\",\"name\":\"B\"}",
                camera(3, InventoryCollector.REFUSED), camera(4, "D"));
        assertEquals(List.of("created", "failed", "failed", "created"), report.results().stream().map(RecordResult::result).toList());
        assertEquals(2, report.created());
        assertEquals(2, report.failed());
        assertEquals("records[1].macaddress", report.results().get(1).errors().get(0).field());
        assertEquals("records[2].name", report.results().get(2).errors().get(0).field());
        assertNull(report.results().get(2).assetId());
        assertEquals(List.of("00:1A:2B:3C:4D:01", "00:1A:2B:3C:4D:04"), List.copyOf(transactions.committed.keySet()));
    }

    @Test
    void repeatedNaturalKeyRefusesTheRequestInEitherMode() {
        for (IngestMode mode : IngestMode.values()) {
            ValidationException duplicate = assertThrows(ValidationException.class, () -> ingest(mode, camera(1, "A"), camera(1, "A2")));
            assertEquals("records[1]", duplicate.errors().get(0).field());
        }
        assertEquals(0, plugin.calls);
    }

    /** A plugin keeping "assets" by MAC; writes land in the current transaction. */
    static final class InventoryCollector implements Collector {

        static final String REFUSED = "refuse me";
        private final FakeTransactions transactions;
        int calls;
        Actor lastActor;

        InventoryCollector(FakeTransactions transactions) {
            this.transactions = transactions;
        }

        @Override
        public String name() {
            return "cameras";
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
            calls++;
            lastActor = actor;
            String mac = (String) record.get("macaddress");
            String name = (String) record.get("name");
            String existing = transactions.read(mac);
            long id = transactions.idOf(mac);
            transactions.write(mac, name);
            if (REFUSED.equals(name)) {
                throw ValidationException.of("name", "is refused");
            }
            if (existing == null) {
                return CollectorOutcome.created(id);
            }
            return existing.equals(name) ? CollectorOutcome.unchanged(id) : CollectorOutcome.updated(id);
        }
    }

    /** One level of transactions: writes are kept aside and committed by the outermost block only when it succeeds. */
    static final class FakeTransactions implements UnitOfWork {

        final Map<String, String> committed = new LinkedHashMap<>();
        private final List<String> ids = new ArrayList<>();
        private Map<String, String> pending;
        int rolledBack;

        String read(String key) {
            return pending != null && pending.containsKey(key) ? pending.get(key) : committed.get(key);
        }

        void write(String key, String value) {
            pending.put(key, value);
        }

        long idOf(String key) {
            if (!ids.contains(key)) {
                ids.add(key);
            }
            return ids.indexOf(key) + 1;
        }

        @Override
        public <T> T required(TransactionalWork<T> work) {
            if (pending != null) {
                return run(work);
            }
            pending = new LinkedHashMap<>();
            try {
                T result = run(work);
                committed.putAll(pending);
                return result;
            } catch (RuntimeException e) {
                rolledBack++;
                throw e;
            } finally {
                pending = null;
            }
        }

        private static <T> T run(TransactionalWork<T> work) {
            try {
                return work.run();
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public <T> T withEntityManager(EntityManagerFactory factory, EntityManagerWork<T> work) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean isActive() {
            return pending != null;
        }
    }
}
