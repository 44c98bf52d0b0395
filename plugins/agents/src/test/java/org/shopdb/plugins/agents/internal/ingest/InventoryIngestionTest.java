package org.shopdb.plugins.agents.internal.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.persistence.EntityManagerFactory;
import javax.persistence.Persistence;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shopdb.api.audit.Actor;
import org.shopdb.api.paging.PageRequest;
import org.shopdb.plugins.agents.internal.Resources;
import org.shopdb.plugins.agents.internal.inventory.Inventory;
import org.shopdb.plugins.agents.internal.inventory.InventoryReader;
import org.shopdb.plugins.agents.internal.protocol.AgentRequestException;
import org.shopdb.plugins.agents.internal.protocol.GlpiJsonReader;
import org.shopdb.plugins.agents.internal.protocol.GlpiMessage;

/**
 * The ingestion with the real bookkeeping table on H2 (as the distribution runs it) and the
 * computers and applications collectors as the agreed contract describes them.
 */
class InventoryIngestionTest {

    private static final Actor KEY = Actor.apiKey("fusion-agents");
    private static final GlpiJsonReader GLPI = new GlpiJsonReader();

    private EntityManagerFactory entityManagers;
    private AgentRepository agents;
    private JdbcDataSource database;
    private ContractCollectors collectors;
    private InventoryIngestion ingestion;

    @BeforeEach
    void migratedDatabase() throws Exception {
        database = AgentsTestDatabase.migrated();
        entityManagers = Persistence.createEntityManagerFactory("shopdb-agents", Map.of("javax.persistence.nonJtaDataSource", database));
        collectors = new ContractCollectors(this::newAsset);
        agents = new AgentRepository(entityManagers, new DirectUnitOfWork(), null);
        ingestion = new InventoryIngestion(collectors, new DirectUnitOfWork(), agents);
    }

    @AfterEach
    void close() {
        entityManagers.close();
    }

    /** An asset row, as the computers plugin would create through the core. */
    private long newAsset() {
        try (Connection connection = database.getConnection();
                PreparedStatement insert = connection.prepareStatement("insert into assets (assetnumber, name, assettypeid, statusid,"
                        + " createddate, modifieddate) values (?, 'computer', (select assettypeid from assettypes where code = 'computer'),"
                        + " (select min(statusid) from assetstatuses), current_timestamp, current_timestamp)", Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, "PC-" + UUID.randomUUID().toString().substring(0, 8));
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Inventory glpi(String name) {
        GlpiMessage message = GLPI.read(Resources.inventory(name));
        return InventoryReader.read(message.deviceId(), message.itemtype(), message.partial(), message.content());
    }

    private static AgentContact contact(String deviceId) {
        return new AgentContact(deviceId, "glpi", "GLPI-Agent_v1.11", "127.0.0.1", Instant.now());
    }

    @Test
    void aSecondIdenticalRunChangesNothingButTheContact() {
        Inventory full = glpi("glpi-computer-full.json");
        IngestResult first = ingestion.ingest(KEY, full, contact(full.deviceId()));
        assertEquals("created", first.computer());
        assertEquals("created", first.applications());
        assertEquals(3, first.software());
        assertEquals(2, first.addresses());

        IngestResult second = ingestion.ingest(KEY, full, contact(full.deviceId()));
        assertEquals("unchanged", second.computer());
        assertEquals("unchanged", second.applications());
        assertEquals(first.assetId(), second.assetId());

        Agent agent = agents.find(full.deviceId()).orElseThrow();
        assertEquals(2, agent.inventories());
        assertEquals("unchanged", agent.lastResult());
        assertEquals("pc-cnc-0042", agent.hostname());
        assertEquals("4C4C4544-0042-3510-8052-B4C04F4A4D32", agent.hardwareUuid());
        assertEquals(3, agent.softwareCount());
        assertEquals("GLPI-Agent_v1.11", agent.agentVersion());
        assertEquals(1, agents.list(new PageRequest(1, 50, null)).total());
    }

    @Test
    void aBootTimeASecondOffOnTheNextRunIsTheSameBoot() {
        Inventory full = glpi("glpi-computer-full.json");
        Instant boot = full.computer().lastBoot();
        ingestion.ingest(KEY, full, contact(full.deviceId()));

        IngestResult jittered = ingestion.ingest(KEY, booted(full, boot.plusSeconds(1)), contact(full.deviceId()));
        assertEquals("unchanged", jittered.computer(), "the agent's uptime arithmetic moved the boot time by a second");
        assertEquals(boot.toString(), collectors.computers.get("pc-cnc-0042").record().get("lastboot"));
        assertEquals(boot, agents.lastBoot(full.deviceId()).orElseThrow());

        Instant reboot = boot.plusSeconds(6 * 3600);
        IngestResult rebooted = ingestion.ingest(KEY, booted(full, reboot), contact(full.deviceId()));
        assertEquals("updated", rebooted.computer());
        assertEquals(reboot.toString(), collectors.computers.get("pc-cnc-0042").record().get("lastboot"));
        assertEquals(reboot, agents.lastBoot(full.deviceId()).orElseThrow());
    }

    @Test
    void aPartialInventoryWithoutHardwareLandsOnTheComputerTheAgentReportedBefore() {
        Inventory full = glpi("glpi-computer-full.json");
        ingestion.ingest(KEY, full, contact(full.deviceId()));
        IngestResult partial = ingestion.ingest(KEY, glpi("glpi-computer-partial-software.json"), contact(full.deviceId()));
        assertEquals("pc-cnc-0042", partial.hostname());
        assertEquals("unchanged", partial.computer(), "the partial inventory's computer record holds only the identity");
        assertEquals("updated", partial.applications(), "Siemens NX was upgraded, Firefox uninstalled");
        assertEquals(1, collectors.computers.size());
        assertEquals(16384L, collectors.computers.get("pc-cnc-0042").record().get("memorymb"), "the memory the partial inventory left out stays");
    }

    @Test
    void aRefusedInventoryIsCountedWithItsReasonAndStoresNothing() {
        Inventory orphan = glpi("glpi-computer-partial-software.json");
        AgentRequestException refused = assertThrows(AgentRequestException.class, () -> ingestion.ingest(KEY, orphan, contact("new-agent")));
        assertEquals(422, refused.status());
        assertEquals("content.hardware.name", refused.details().get(0).field());
        assertTrue(collectors.computers.isEmpty());
        Agent agent = agents.find("new-agent").orElseThrow();
        assertEquals("failed", agent.lastResult());
        assertEquals(1, agent.failures());
        assertEquals(0, agent.inventories());
        assertTrue(agent.lastError().contains("names no host"), agent.lastError());
        assertNull(agent.assetId());
    }

    @Test
    void whileTheComputersPluginIsStoppedAnInventoryIsAnswered503WithRetryAfterAndStoresNothing() {
        collectors.stopped.add("computers");
        Inventory full = glpi("glpi-computer-full.json");
        AgentRequestException refused = assertThrows(AgentRequestException.class, () -> ingestion.ingest(KEY, full, contact(full.deviceId())));
        assertEquals(503, refused.status());
        assertEquals("unavailable", refused.code());
        assertTrue(refused.retryAfterSeconds() > 0, "Retry-After: the same inventory may succeed later");
        assertTrue(refused.getMessage().contains("collector computers"), refused.getMessage());
        assertTrue(collectors.computers.isEmpty());
        Agent agent = agents.find(full.deviceId()).orElseThrow();
        assertEquals("failed", agent.lastResult());
        assertTrue(agent.lastError().contains("computers"), agent.lastError());

        collectors.stopped.clear();
        assertEquals("created", ingestion.ingest(KEY, full, contact(full.deviceId())).computer(), "back once the plugin is");
    }

    @Test
    void anApplicationsPluginStoppingInTheMiddleOfAnInventoryIs503NotAServerError() {
        Inventory full = glpi("glpi-computer-full.json");
        ingestion.ingest(KEY, full, contact(full.deviceId()));
        collectors.stopsDuringNextRecord = "applications";
        AgentRequestException refused = assertThrows(AgentRequestException.class, () -> ingestion.ingest(KEY, full, contact(full.deviceId())));
        assertEquals(503, refused.status());
        assertTrue(refused.retryAfterSeconds() > 0);
        assertTrue(refused.getMessage().contains("collector applications"), refused.getMessage());
        assertTrue(refused.getMessage().contains("closed EntityManagerFactory"), "the plugin's own failure is named: " + refused.getMessage());
    }

    @Test
    void aCollectorFailingWhileItsPluginRunsIsNoUnavailability() {
        Inventory full = glpi("glpi-computer-full.json");
        collectors.failsOnNextRecord = new IllegalStateException("a bug in the computers plugin");
        IllegalStateException bug = assertThrows(IllegalStateException.class, () -> ingestion.ingest(KEY, full, contact(full.deviceId())));
        assertEquals("a bug in the computers plugin", bug.getMessage(), "left to the core: 500 with an incident id");
    }

    @Test
    void aRaceLostToAnotherTransactionIsTriedAgain() {
        collectors.conflictsToThrow.set(2);
        Inventory full = glpi("glpi-computer-full.json");
        IngestResult result = ingestion.ingest(KEY, full, contact(full.deviceId()));
        assertEquals(3, result.attempts());
        assertEquals("created", result.computer());

        collectors.conflictsToThrow.set(InventoryIngestion.ATTEMPTS);
        assertEquals(409, assertThrows(AgentRequestException.class, () -> ingestion.ingest(KEY, full, contact(full.deviceId()))).status());
    }

    @Test
    void twoHundredAgentsAtOnceLeaveNoDuplicateAndLoseNoCount() throws Exception {
        int agentCount = 200;
        ExecutorService pool = Executors.newFixedThreadPool(50);
        try {
            List<Callable<IngestResult>> runs = new ArrayList<>();
            for (int run = 0; run < 2; run++) {
                for (int i = 0; i < agentCount; i++) {
                    Inventory inventory = machine(i);
                    runs.add(() -> ingestion.ingest(KEY, inventory, contact(inventory.deviceId())));
                }
            }
            for (Future<IngestResult> result : pool.invokeAll(runs)) {
                result.get();
            }
        } finally {
            pool.shutdown();
            assertTrue(pool.awaitTermination(60, TimeUnit.SECONDS));
        }
        assertEquals(agentCount, collectors.computers.size(), "one computer per machine");
        assertEquals(agentCount, agents.list(new PageRequest(1, 500, null)).total(), "one agent row per device");
        for (Agent agent : agents.list(new PageRequest(1, 500, null)).items()) {
            assertEquals(2, agent.inventories(), agent.deviceId() + " lost a count");
            assertEquals("unchanged", agent.lastResult(), agent.deviceId());
        }
    }

    /** The inventory with another boot time. */
    private static Inventory booted(Inventory template, Instant lastBoot) {
        var c = template.computer();
        return new Inventory(template.deviceId(), template.itemType(), template.partial(), template.agent(), template.takenAt(),
                new org.shopdb.plugins.agents.internal.inventory.ComputerFacts(c.hostname(), c.fqdn(), c.domain(), c.hardwareUuid(),
                        c.serialNumber(), c.manufacturer(), c.model(), c.osName(), c.osVersion(), c.osBuild(), c.cpu(), c.cpuCores(),
                        c.memoryMb(), c.diskGb(), c.lastUser(), lastBoot, c.addresses()),
                template.software());
    }

    /** The full example as machine {@code i}: its own device, hostname and UUID. */
    private static Inventory machine(int i) {
        Inventory template = glpi("glpi-computer-full.json");
        String suffix = String.format("%04d", i);
        var computer = template.computer();
        return new Inventory("PC-" + suffix + "-2026-11-20", template.itemType(), false, template.agent(), template.takenAt(),
                new org.shopdb.plugins.agents.internal.inventory.ComputerFacts("pc-" + suffix, computer.fqdn(), computer.domain(),
                        "4C4C4544-0042-3510-8052-B4C04F4A" + suffix, "SN" + suffix, computer.manufacturer(), computer.model(),
                        computer.osName(), computer.osVersion(), computer.osBuild(), computer.cpu(), computer.cpuCores(),
                        computer.memoryMb(), computer.diskGb(), computer.lastUser(), computer.lastBoot(), computer.addresses()),
                template.software());
    }
}
