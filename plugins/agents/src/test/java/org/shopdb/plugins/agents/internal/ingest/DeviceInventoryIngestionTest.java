package org.shopdb.plugins.agents.internal.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import javax.persistence.EntityManagerFactory;
import javax.persistence.Persistence;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shopdb.api.audit.Actor;
import org.shopdb.api.collector.CollectorService;
import org.shopdb.api.error.NotFoundException;
import org.shopdb.api.plugin.CollectorOutcome;
import org.shopdb.plugins.agents.internal.DeviceInventories;
import org.shopdb.plugins.agents.internal.mapping.KnownIdentity;
import org.shopdb.plugins.agents.internal.protocol.AgentRequestException;

/** Network device and printer inventories through the collectors, with the agent's bookkeeping on H2. */
class DeviceInventoryIngestionTest {

    private static final String AGENT = "pc-netscan-01-2026-11-20-06-12-00";

    private EntityManagerFactory entityManagers;
    private long computerAsset;
    private AgentRepository agents;
    private KeyedCollectors collectors;
    private DeviceInventoryIngestion ingestion;

    /** Collectors keyed by the record's ipaddress: an identical record is unchanged, a changed one updated. */
    private static final class KeyedCollectors implements CollectorService {

        final Set<String> installed = new java.util.HashSet<>(Set.of("network", "printers"));
        final Map<String, Map<String, Object>> stored = new HashMap<>();
        final Map<String, Long> assets = new HashMap<>();
        private final AtomicLong ids = new AtomicLong(100);

        @Override
        public List<CollectorOutcome> ingest(Actor actor, String collector, List<Map<String, Object>> records) {
            if (!installed.contains(collector)) {
                throw new NotFoundException("Collector", collector);
            }
            String key = collector + "/" + records.get(0).get("ipaddress");
            Map<String, Object> before = stored.put(key, records.get(0));
            if (before == null) {
                assets.put(key, ids.incrementAndGet());
                return List.of(CollectorOutcome.created(assets.get(key)));
            }
            return List.of(before.equals(records.get(0)) ? CollectorOutcome.unchanged(assets.get(key)) : CollectorOutcome.updated(assets.get(key)));
        }

        @Override
        public boolean available(String collector) {
            return installed.contains(collector);
        }
    }

    @BeforeEach
    void migratedDatabase() throws Exception {
        JdbcDataSource database = AgentsTestDatabase.migrated();
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("insert into assets (assetnumber, name, assettypeid, statusid, createddate, modifieddate) values ('PC-0001',"
                    + " 'pc-netscan-01', (select assettypeid from assettypes where code = 'computer'), (select min(statusid) from assetstatuses),"
                    + " current_timestamp, current_timestamp)", Statement.RETURN_GENERATED_KEYS);
            try (ResultSet keys = statement.getGeneratedKeys()) {
                keys.next();
                computerAsset = keys.getLong(1);
            }
        }
        entityManagers = Persistence.createEntityManagerFactory("shopdb-agents", Map.of("javax.persistence.nonJtaDataSource", database));
        collectors = new KeyedCollectors();
        agents = new AgentRepository(entityManagers, new DirectUnitOfWork(), null);
        ingestion = new DeviceInventoryIngestion(collectors, new DirectUnitOfWork(), agents, new DeviceLocks());
    }

    @AfterEach
    void close() {
        entityManagers.close();
    }

    private static AgentContact contact() {
        return new AgentContact(AGENT, "ocs", null, "10.20.9.5", Instant.now());
    }

    @Test
    void aSwitchAndAPrinterLandInTheirCollectorsAndARepeatChangesNothing() {
        DeviceIngestResult sw = ingestion.ingest(Actor.apiKey("fusion-agents"), DeviceInventories.ocs(DeviceInventories.SWITCH_XML), contact());
        assertEquals("network", sw.collector());
        assertEquals("10.20.0.11", sw.ipAddress());
        assertEquals("created", sw.result());
        assertEquals(7, sw.ports());
        assertNull(sw.supplies());
        DeviceIngestResult printer = ingestion.ingest(Actor.apiKey("fusion-agents"), DeviceInventories.ocs(DeviceInventories.PRINTER_XML), contact());
        assertEquals("printers", printer.collector());
        assertEquals(7, printer.supplies());
        assertEquals("created", printer.result());

        DeviceIngestResult again = ingestion.ingest(Actor.apiKey("fusion-agents"), DeviceInventories.ocs(DeviceInventories.SWITCH_XML), contact());
        assertEquals("unchanged", again.result());
        assertEquals(sw.assetId(), again.assetId());

        Agent agent = agents.find(AGENT).orElseThrow();
        assertEquals(3, agent.inventories());
        assertEquals("unchanged", agent.lastResult());
        assertEquals(KnownIdentity.NONE, agent.identity(), "a device inventory is not the agent's own computer");
        assertNull(agent.assetId());
    }

    @Test
    void anAgentKeepsItsComputerIdentityWhenItAlsoInventoriesDevices() {
        agents.recordInventory(contact(), new KnownIdentity("pc-netscan-01", null, "5CG1234XYZ"), computerAsset, "created", 10, 1);
        ingestion.ingest(Actor.apiKey("fusion-agents"), DeviceInventories.glpi(DeviceInventories.PRINTER_JSON), contact());
        Agent agent = agents.find(AGENT).orElseThrow();
        assertEquals("pc-netscan-01", agent.hostname());
        assertEquals(10, agent.softwareCount());
        assertEquals(computerAsset, agent.assetId());
        assertEquals(2, agent.inventories());
    }

    @Test
    void withoutThePluginTheInventoryIsRefusedNamingItAndCountedAsFailed() {
        collectors.installed.remove("printers");
        AgentRequestException refused = assertThrows(AgentRequestException.class,
                () -> ingestion.ingest(Actor.apiKey("fusion-agents"), DeviceInventories.glpi(DeviceInventories.PRINTER_JSON), contact()));
        assertEquals(503, refused.status());
        assertTrue(refused.getMessage().contains("printers plugin") && refused.getMessage().contains("feature:install shopdb-printers"),
                refused.getMessage());
        Agent agent = agents.find(AGENT).orElseThrow();
        assertEquals("failed", agent.lastResult());
        assertEquals(1, agent.failures());
        assertTrue(agent.lastError().contains("shopdb-printers"), agent.lastError());
        assertTrue(collectors.stored.isEmpty());
    }

    @Test
    void aDeviceWithoutAddressIsRefusedWith422NamingTheField() {
        var sw = DeviceInventories.glpi(DeviceInventories.SWITCH_JSON);
        var nowhere = new org.shopdb.plugins.agents.internal.inventory.DeviceInventory(sw.deviceId(), sw.kind(), sw.agent(), sw.name(),
                sw.description(), sw.manufacturer(), sw.model(), sw.firmware(), sw.serialNumber(), sw.macAddress(), List.of("127.0.0.1"),
                sw.ports(), null, null);
        AgentRequestException refused = assertThrows(AgentRequestException.class,
                () -> ingestion.ingest(Actor.apiKey("fusion-agents"), nowhere, contact()));
        assertEquals(422, refused.status());
        assertEquals("content.network_device.ips", refused.details().get(0).field());
        assertTrue(collectors.stored.isEmpty());
    }
}
